import { createServer, type AddressInfo } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on, chosen by the OS. Not a random number in a
 * fixed range: two test servers could collide, and fetch and browsers refuse some ports
 * outright (the fetch spec's "bad ports", e.g. 5060 for SIP: "fetch failed: bad port").
 * The OS hands out ports from 32768 up, above every bad port.
 */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
