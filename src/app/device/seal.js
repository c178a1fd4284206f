// Passphrase protection with WebCrypto: PBKDF2-HMAC-SHA256 derives an AES-256-GCM key.
// Sealed bytes: "CPE1" | iterations (u32, big-endian) | salt (16) | iv (12) | ciphertext.
// The whole header is authenticated (GCM additional data): changing the count, the salt or
// a single byte of the message makes opening fail, and nothing is shown before that.
const MAGIC = [0x43, 0x50, 0x45, 0x31];
const HEADER = 4 + 4 + 16 + 12;

export function available() {
  return !!(globalThis.crypto && crypto.subtle && globalThis.isSecureContext);
}

async function key(passphrase, salt, iterations, usage) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material,
    { name: 'AES-GCM', length: 256 }, false, [usage]);
}

export async function seal(bytes, passphrase, iterations) {
  const header = new Uint8Array(HEADER);
  header.set(MAGIC, 0);
  new DataView(header.buffer).setUint32(4, iterations);
  header.set(crypto.getRandomValues(new Uint8Array(16)), 8);
  header.set(crypto.getRandomValues(new Uint8Array(12)), 24);
  const k = await key(passphrase, header.slice(8, 24), iterations, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: header.slice(24, 36), additionalData: header }, k, bytes));
  const out = new Uint8Array(HEADER + sealed.length);
  out.set(header, 0);
  out.set(sealed, HEADER);
  return out;
}

/** Throws "format" for something that is not sealed by CoPlan, "passphrase" when the
 *  passphrase does not open it (or it was changed on the way). */
export async function unseal(bytes, passphrase, minIterations, maxIterations) {
  if (bytes.length <= HEADER + 16 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('format');
  const header = bytes.slice(0, HEADER);
  const iterations = new DataView(header.buffer).getUint32(4);
  if (iterations < minIterations || iterations > maxIterations) throw new Error('format');
  const k = await key(passphrase, header.slice(8, 24), iterations, 'decrypt');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: header.slice(24, 36), additionalData: header }, k, bytes.slice(HEADER)));
  } catch {
    throw new Error('passphrase');
  }
}
