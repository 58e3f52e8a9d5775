/** A valid SenML pack: what the commands send and the test message starts from. */
export const SENML_EXAMPLE = '[{"n":"temperature","u":"Cel","v":21.5},{"n":"humidity","u":"%RH","v":48}]'
