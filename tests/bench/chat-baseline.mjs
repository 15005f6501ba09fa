// The baseline for `npm run bench:chat`: a bare socket.io server that joins rooms and
// broadcasts, with no sign-in, no database and no checks. Same clients, same rates.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { maxHttpBufferSize: 16 * 1024 });
let seq = 0;
io.on('connection', (socket) => {
	socket.on('join', ({ room }, ack) => {
		socket.join(room);
		ack({ ok: true });
	});
	socket.on('send', ({ room, body }, ack) => {
		const message = { id: ++seq, circleId: room, body, createdAt: new Date().toISOString() };
		io.to(room).emit('message', message);
		ack({ ok: true, message });
	});
});
http.listen(Number(process.env.PORT), '127.0.0.1', () =>
	console.log(`READY ${JSON.stringify({ port: Number(process.env.PORT) })}`)
);
process.on('SIGTERM', () => process.exit(0));
