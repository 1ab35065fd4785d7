import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Runs the real packer on a tiny extension and checks the CRX the way Chrome
 * does: the header is read here with an independent decoder (not the packer's
 * own protobuf code), the id is derived from the proof's public key, and the
 * signature is verified over Chrome's signed byte string.
 */
const SCRIPT = new URL('./pack-crx.mjs', import.meta.url).pathname;
const DEV_KEY = new URL('./keys/deskmate-dev.pem', import.meta.url).pathname;
const DESKMATE_ID = 'eppeacojielmpmaabpiefgcdgegjfgle';
const work = mkdtempSync(join(tmpdir(), 'pack-crx-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fakeExtension(): string {
  const src = join(work, `src-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(src, 'assets'), { recursive: true });
  writeFileSync(join(src, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Deskmate', version: '1.2.3', key: 'stale' }));
  writeFileSync(join(src, 'assets', 'panel.js'), 'console.log("deskmate");'.repeat(50));
  return src;
}

function pack(args: string[]): { out: string; stdout: string } {
  const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
  const stdout = execFileSync('node', [SCRIPT, '--no-build', '--out', out, ...args], { encoding: 'utf8' });
  return { out, stdout };
}

/** Minimal protobuf reader: field number → raw values (length-delimited fields only matter here). */
function protoFields(buf: Buffer): Map<number, Buffer[]> {
  const fields = new Map<number, Buffer[]>();
  let pos = 0;
  const varint = () => {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const b = buf[pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return Number(result);
    }
  };
  while (pos < buf.length) {
    const tag = varint();
    const wire = tag & 7;
    if (wire === 2) {
      const len = varint();
      fields.set(tag >>> 3, [...(fields.get(tag >>> 3) ?? []), buf.subarray(pos, pos + len)]);
      pos += len;
    } else if (wire === 0) varint();
    else throw new Error(`unexpected wire type ${wire}`);
  }
  return fields;
}

function readCrx(path: string) {
  const crx = readFileSync(path);
  expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(crx.readUInt32LE(4)).toBe(3);
  const headerSize = crx.readUInt32LE(8);
  const header = protoFields(crx.subarray(12, 12 + headerSize));
  const proofs = (header.get(2) ?? []).map((p) => protoFields(p)); // sha256_with_rsa
  const signedHeaderData = header.get(10000)![0]!;
  const crxId = protoFields(signedHeaderData).get(1)![0]!;
  return { proofs, signedHeaderData, crxId, zip: crx.subarray(12 + headerSize) };
}

function idOf(publicKeyDer: Buffer): string {
  return [...createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Reads one file from a zip through its central directory (the test must not trust the packer's zip code either). */
function zipEntry(zip: Buffer, name: string): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const [method, size, nameLen, extraLen, commentLen, local] = [zip.readUInt16LE(p + 10), zip.readUInt32LE(p + 20), zip.readUInt16LE(p + 28), zip.readUInt16LE(p + 30), zip.readUInt16LE(p + 32), zip.readUInt32LE(p + 42)];
    if (zip.toString('utf8', p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in the zip`);
}

function expectValidCrx(path: string, expectedId: string) {
  const { proofs, signedHeaderData, crxId, zip } = readCrx(path);
  expect(proofs).toHaveLength(1);
  const publicKey = proofs[0]!.get(1)![0]!;
  const signature = proofs[0]!.get(2)![0]!;
  expect(idOf(publicKey)).toBe(expectedId);
  expect(crxId.toString('hex')).toBe(createHash('sha256').update(publicKey).digest('hex').slice(0, 32));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(signedHeaderData.length);
  const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), size, signedHeaderData, zip]);
  const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
  expect(verify('sha256', signed, key, signature)).toBe(true);
  // one flipped byte in the archive must break the signature, or the check above proves nothing
  const tampered = Buffer.from(signed);
  tampered[tampered.length - 10]! ^= 1;
  expect(verify('sha256', tampered, key, signature)).toBe(false);
  return { manifest: JSON.parse(zipEntry(zip, 'manifest.json').toString('utf8')) as Record<string, unknown>, publicKey, zip };
}

describe('pack-crx', () => {
  it('signs with the dev key by default: the CRX id is Deskmate\'s fixed id and the signature verifies', () => {
    const { out, stdout } = pack(['--src', fakeExtension(), '--base-url', 'https://intranet.example.com/deskmate/']);
    expect(stdout).toContain(DESKMATE_ID);
    const { manifest, publicKey, zip } = expectValidCrx(join(out, 'deskmate-1.2.3.crx'), DESKMATE_ID);
    // the manifest key inside equals the signing key, so the installed id equals the CRX id
    expect(manifest.key).toBe(publicKey.toString('base64'));
    expect(manifest.update_url).toBe('https://intranet.example.com/deskmate/update.xml');
    expect(zipEntry(zip, 'assets/panel.js').toString()).toContain('deskmate');
    const xml = readFileSync(join(out, 'update.xml'), 'utf8');
    expect(xml).toContain(`<app appid="${DESKMATE_ID}">`);
    expect(xml).toContain('<updatecheck codebase="https://intranet.example.com/deskmate/deskmate-1.2.3.crx" version="1.2.3"/>');
  });

  it('signs with an organisation key: a different, stable id, and the manifest key follows', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyPath = join(work, 'org.pem');
    writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const orgId = idOf(publicKey.export({ type: 'spki', format: 'der' }));
    expect(orgId).not.toBe(DESKMATE_ID);
    const { out } = pack(['--src', fakeExtension(), '--key', keyPath]);
    const { manifest } = expectValidCrx(join(out, 'deskmate-1.2.3.crx'), orgId);
    expect(idOf(Buffer.from(String(manifest.key), 'base64'))).toBe(orgId);
    expect(manifest.update_url).toBeUndefined();
  });

  it.each([
    [['--key', '/nonexistent/org.pem'], /no private key/],
    [['--base-url', 'intranet/deskmate'], /absolute http/],
  ])('refuses %j instead of inventing a key or a relative URL', (args, message) => {
    const run = spawnSync('node', [SCRIPT, '--no-build', '--src', fakeExtension(), '--out', join(work, 'refused'), ...args], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('checks the dev key really is the one the manifest key in wxt.config.ts names', () => {
    const pub = readFileSync(new URL('./keys/deskmate-dev.pub.b64', import.meta.url), 'utf8').trim();
    const fromPem = createPublicKey(readFileSync(DEV_KEY)).export({ type: 'spki', format: 'der' }).toString('base64');
    expect(fromPem).toBe(pub);
    expect(idOf(Buffer.from(pub, 'base64'))).toBe(DESKMATE_ID);
  });
});
