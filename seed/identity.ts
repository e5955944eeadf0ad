/**
 * Invented identities: unified social credit codes (GB 32100-2015, via completeCreditCode) and
 * Chinese enterprise names in the usual pattern 行政区划 + 字号 + 行业 + 组织形式.
 * Real firm names are never produced: the trade-name (字号) syllables avoid well-known ones.
 */
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '#shared/creditCode.js';
import { cyrb128, type Rng } from './random.js';

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const DIGITS_SPACE = 100_000_000n; // 8-digit organisation codes (GB 11714)
const MA_SPACE = 31n ** 7n; // "MA" + 7 characters, the form used since the 2015 reform
// odd multipliers coprime to the spaces: counter -> code is a bijection, so codes never repeat
const DIGITS_MUL = 73_856_093n;
const DIGITS_ADD = 19_349_663n;
const MA_MUL = 2_654_435_761n;
const MA_ADD = 40_503n;

/** GB 11714 check character of an 8-digit organisation code. */
function orgCodeCheck(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * ORG_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A valid, unique credit code for the firm with this serial number: "91" (an enterprise
 * registered with the market regulator) + the 6-digit division code + the 9-character
 * organisation part (old 8-digit code + check, or "MA..." for firms founded since 2015) + check.
 * Distinct serial numbers always give distinct codes.
 */
export function creditCodeFor(serial: number, divisionCode: string, founded: number): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError(`bad division code ${divisionCode}`);
  if (!Number.isInteger(serial) || serial < 0 || BigInt(serial) >= DIGITS_SPACE)
    throw new RangeError(`credit code serial out of range: ${serial}`);
  const n = BigInt(serial);
  let org: string;
  if (founded >= 2015) {
    let x = (n * MA_MUL + MA_ADD) % MA_SPACE;
    let body = '';
    for (let i = 0; i < 7; i++) {
      body = CREDIT_CODE_ALPHABET[Number(x % 31n)]! + body;
      x /= 31n;
    }
    org = 'MA' + body;
  } else {
    const digits = String((n * DIGITS_MUL + DIGITS_ADD) % DIGITS_SPACE).padStart(8, '0');
    org = digits + orgCodeCheck(digits);
  }
  return completeCreditCode(`91${divisionCode}${org}`);
}

/** Trade-name syllables; pairs are drawn from these. */
const SYLLABLES = [
  ...'华鑫恒泰金宏盛瑞德永兴隆源达昌荣丰润宇正天博创新科聚汇诚嘉明通佳晟辉浩鼎益利顺凯旭振富海光远腾飞龙安康成和合力航众联卓越亿万广宝乾坤锦峰晨阳星铭蓝翔宸睿弘璟泽晖煜铂钰祺佑豪昊川岳',
];

/** Pairs that are (or start) the trade names of well-known real firms. */
const RESERVED = [
  '华泰',
  '波米',
  '中通',
  '时风',
  '信发',
  '祥光',
  '鲁西',
  '泉林',
  '凤祥',
  '兴澄',
  '福胶',
  '大冶',
  '宝钢',
  '万向',
  '人本',
  '金号',
  '景阳',
  '鲁花',
  '乖宝',
  '华鲁',
  '晨鸣',
  '太阳',
  '魏桥',
  '南山',
  '恒瑞',
  '海尔',
  '华为',
  '美的',
  '格力',
  '宁德',
  '比亚',
  '瓦轴',
  '洛轴',
  '哈轴',
  '时代',
  '国轩',
  '中信',
  '中化',
  '海螺',
  '万华',
  '齐鲁',
  '鲁能',
  '九州',
  '金光',
  '玖龙',
  '理文',
  '山鹰',
  '晨光',
  '华峰',
  '恒力',
  '盛虹',
  '荣盛',
  '新凤',
  '东方',
  '中天',
  '华润',
  '中联',
  '三一',
  '徐工',
  '潍柴',
  '正泰',
  '天元',
  '东岳',
  '金正',
  '亚太',
  '鑫泰',
  '华宇',
  '恒通',
  '龙大',
  '光明',
  '利群',
  '海信',
  '明泰',
  '兴业',
  '天润',
  '天合',
  '正大',
  '新希',
  '泰山',
];

/** 53-bit hash of a name: the set of taken names stays small even with a million firms. */
function nameKey(name: string): number {
  const [a, b] = cyrb128(name);
  return a * 2 ** 21 + (b >>> 11);
}

/**
 * Makes unique names. `taken` may be shared by several makers (all replicas of a large data
 * set), so names never repeat in the whole set; a hash collision only costs a retry.
 */
export class NameMaker {
  constructor(
    private readonly rng: Rng,
    private readonly taken: Set<number> = new Set(),
  ) {}

  /** Marks a fixed name as taken. */
  reserve(name: string): void {
    this.taken.add(nameKey(name));
  }

  has(name: string): boolean {
    return this.taken.has(nameKey(name));
  }

  tradeName(): string {
    for (;;) {
      const a = this.rng.pick(SYLLABLES);
      const b = this.rng.pick(SYLLABLES);
      if (a === b) continue;
      const pair = a + b;
      if (RESERVED.includes(pair)) continue;
      return pair;
    }
  }

  /**
   * A new unique name: prefix (place) + trade name + industry word + organisation form.
   * The form is drawn from common endings; `group` asks for a 集团 ending.
   */
  make(prefixes: readonly string[], words: readonly string[], options: { group?: boolean } = {}): string {
    for (let attempt = 0; ; attempt++) {
      const prefix = this.rng.pick(prefixes);
      const word = this.rng.pick(words);
      const trade = this.tradeName() + (attempt > 40 ? this.rng.pick(SYLLABLES) : '');
      const r = this.rng.next();
      const form = options.group
        ? '集团有限公司'
        : r < 0.7
          ? '有限公司'
          : r < 0.82
            ? '科技有限公司'
            : r < 0.93
              ? '制造有限公司'
              : '股份有限公司';
      // "科技/制造" only after words that are not already services or trade
      const fitted =
        /贸易|商贸|销售|物流|服务|工程|检测|合作|农业|养殖|牧业|商贸|电子商务|文化旅游/.test(word) &&
        (form === '科技有限公司' || form === '制造有限公司')
          ? '有限公司'
          : form;
      const name = `${prefix}${trade}${word}${fitted}`;
      if (RESERVED.some((r2) => `${trade}${word}`.includes(r2))) continue;
      const key = nameKey(name);
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      return name;
    }
  }
}
