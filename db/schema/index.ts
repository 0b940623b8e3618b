export * from './staff.js';
export * from './customers.js';
export * from './billing.js';
export * from './activity.js';
export * from './audit.js';
export * from './messages.js';
export * from './customer-counts.js';
export * from './customer-keys.js';
