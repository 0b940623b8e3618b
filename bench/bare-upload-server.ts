import express from 'express';
import multer from 'multer';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';

// The floor of a document upload (issue 9): Express and multer writing the file to disk, then
// SHA-256 over the file as stored. No session, policy, type sniffing, encryption, audit entry.
const directory = process.argv[2] as string;
mkdirSync(directory, { recursive: true });
const upload = multer({ dest: directory }).array('files', 10);
const app = express();
app.post('/floor/upload', upload, async (req, res) => {
  const files = (req.files ?? []) as Express.Multer.File[];
  const hashes: string[] = [];
  for (const file of files) {
    const hash = createHash('sha256');
    await pipeline(createReadStream(file.path), hash);
    hashes.push(hash.digest('hex'));
  }
  res.status(201).json({ files: files.map((file, n) => ({ name: file.originalname, size: file.size, sha256: hashes[n] })) });
});
const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  }
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
