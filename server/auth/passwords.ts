import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../config.js';
import { badInput } from '../errors.js';

/**
 * Password hashing with argon2id (the argon2 package's defaults: 64 MiB, 3 passes). Hashes carry
 * their own parameters and salt, so they can be raised later without a migration.
 */
export interface HashOptions {
  memoryCost?: number;
  timeCost?: number;
  parallelism?: number;
}

export function hashPassword(password: string, options: HashOptions = {}): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...options });
}

/** false for a wrong password or a hash that is not argon2 (never throws for bad input). */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Checks a new password: 10 to 128 characters, not blank, not the user name. */
export function checkNewPassword(password: string, username?: string, field = 'newPassword'): string {
  if (typeof password !== 'string') throw badInput('password must be text', { field });
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw badInput(
      `密码须为 ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} 个字符 (a password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters)`,
      { field },
    );
  }
  if (password.trim().length === 0) throw badInput('密码不能全是空格 (a password cannot be only spaces)', { field });
  if (username && password.trim().toLowerCase() === username.toLowerCase())
    throw badInput('密码不能与用户名相同 (the password cannot be the user name)', { field });
  return password;
}

/** A random password for a new or reset account: 20 characters without look-alikes. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (const byte of bytes) {
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
    if (out.length === length) break;
  }
  return out.length === length ? out : generatePassword(length);
}
