// Asking for the 开播提醒 permission: Taro picks the .weapp.ts or .h5.ts twin by file name;
// this file is what tsc and jest see.
export { askReminderConsent } from './reminder-consent.h5'
