/**
 * The only file that listens. Reads the configuration, prepares the database,
 * creates the bootstrap admin, serves, and on SIGTERM/SIGINT stops accepting
 * connections, lets requests in flight finish (up to SHUTDOWN_GRACE_SECONDS)
 * and closes the database.
 */
import type { AddressInfo } from 'node:net';
import { createApp, createServices } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { Db } from './db/database.js';
import { ValidationError } from './http/errors.js';
import { createLogger } from './http/logging.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  let db: Db;
  try {
    db = prepareDatabase(config, logger);
    if (config.admin) {
      const created = await createServices(db).accounts.ensureAdmin(config.admin);
      if (created) logger.info({ username: created.username }, 'bootstrap admin created');
    }
  } catch (err) {
    const detail =
      err instanceof ValidationError
        ? `ADMIN_USERNAME/ADMIN_PASSWORD refused: ${Object.values(err.fields).join(' ')}`
        : (err as Error).message;
    logger.fatal({ err }, detail);
    process.exit(1);
  }

  const app = createApp({ db, config, logger });
  const server = app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ host: config.host, port }, `listening on http://${config.host}:${port}`);
  });
  server.on('error', (err) => {
    logger.fatal({ err }, `cannot listen on ${config.host}:${config.port}: ${err.message}`);
    db.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.warn('requests still in flight after the grace period; closing them');
      server.closeAllConnections();
    }, config.shutdownGraceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      db.close();
      logger.info('stopped');
      process.exit(0);
    });
    // Keep-alive connections with no request in flight would hold close() open.
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
