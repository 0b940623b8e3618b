import express from 'express';
import multer from 'multer';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { serveToParent } from './child-server.js';

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
serveToParent(app);
