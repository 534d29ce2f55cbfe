// The database schema, one file per feature. Migrations in ../migrations are generated from
// it offline (`npm run db:generate`) and applied when the cloud starts.
export * from './catalog'
export * from './orders'
export * from './entry'
export * from './comments'
export * from './platform'
export * from './live'
export * from './accounts'
export * from './posts'
export * from './coupons'
