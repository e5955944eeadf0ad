import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY, loadConfig } from '../../server/config.js';
import { itRefuses } from './refusals.js';

/** The security settings of server/config.ts: defaults, production, and refusals with one sentence. */
describe('security configuration', () => {
  it('has safe defaults: closed CORS, no proxy trusted, plain cookies only outside production', () => {
    const config = loadConfig({});
    expect(config.admin).toEqual({ username: 'admin', password: undefined });
    expect(config.security).toEqual({ ...DEFAULT_SECURITY, cookieSecure: false });
    expect(loadConfig({ NODE_ENV: 'production' }).security.cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).security.cookieSecure).toBe(false);
  });

  it('reads origins, proxies, limits and session times', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://portal.liaocheng.example, http://10.1.2.3:8080',
      TRUST_PROXY: 'loopback',
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '12',
      RATE_LIMIT_USER_PER_MINUTE: '600',
      MAX_CONCURRENT_REQUESTS: '32',
      ADMIN_PASSWORD: '一个足够长的管理员密码',
    });
    expect(config.security).toMatchObject({
      corsOrigins: ['https://portal.liaocheng.example', 'http://10.1.2.3:8080'],
      trustProxy: 'loopback',
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      maxConcurrentRequests: 32,
    });
    expect(config.security.rateLimits.userPerMinute).toBe(600);
    expect(config.admin.password).toBe('一个足够长的管理员密码');
    expect(loadConfig({ TRUST_PROXY: '1' }).security.trustProxy).toBe(1);
  });

  itRefuses([
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD must have 10 to 128 characters/],
    [{ ADMIN_PASSWORD: ' '.repeat(12) }, /ADMIN_PASSWORD/],
    [{ ADMIN_PASSWORD: 'x'.repeat(129) }, /ADMIN_PASSWORD/],
    [{ ADMIN_USERNAME: 'Admin User' }, /ADMIN_USERNAME/],
    [{ CORS_ORIGINS: '*' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'https://ok.example/path' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'javascript:alert(1)' }, /CORS_ORIGINS/],
    [{ COOKIE_SECURE: 'yes' }, /COOKIE_SECURE/],
    [{ TRUST_PROXY: 'everyone; rm -rf' }, /TRUST_PROXY/],
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES/],
    [{ MAX_CONCURRENT_REQUESTS: '0' }, /MAX_CONCURRENT_REQUESTS/],
  ]);
});
