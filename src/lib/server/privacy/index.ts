export {
	listMyConsents,
	withdrawConsent,
	currentConsentText,
	CONSENT_PURPOSES,
	type ConsentPurpose,
	type ConsentRecord
} from './consents';
export {
	blockPerson,
	unblockPerson,
	listBlocked,
	blockedIds,
	blockedHosts,
	banFromCircle,
	liftBan,
	listBans,
	type BlockedPerson,
	type CircleBan
} from './blocks';
