import { loadConfig } from '../server/config.js';
import { migrateDatabase, openDatabase } from './client.js';

const config = loadConfig();
const database = openDatabase(config.databasePath);
migrateDatabase(database);
database.sqlite.close();
console.log(`Migrations applied to ${config.databasePath}`);
