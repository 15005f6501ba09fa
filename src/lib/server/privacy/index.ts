export {
	listMyConsents,
	withdrawConsent,
	currentConsentText,
	CONSENT_PURPOSES,
	type ConsentPurpose,
	type ConsentRecord
} from './consents';
