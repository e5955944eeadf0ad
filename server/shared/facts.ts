/** Facts of the city the default data set describes, and of how the data keep money. Pure. */

/** Money is kept in 万元 (10k yuan); 1亿 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

/** The city the default data set describes; `local = true` means located here. */
export const HOME_CITY = { zh: '聊城市', en: 'Liaocheng', province: '山东省', divisionCode: '371500' } as const;
export const HOME_COUNTIES = [
  { name: '东昌府区', divisionCode: '371502' },
  { name: '茌平区', divisionCode: '371503' },
  { name: '阳谷县', divisionCode: '371521' },
  { name: '莘县', divisionCode: '371522' },
  { name: '东阿县', divisionCode: '371524' },
  { name: '冠县', divisionCode: '371525' },
  { name: '高唐县', divisionCode: '371526' },
  { name: '临清市', divisionCode: '371581' },
  { name: '聊城经济技术开发区', divisionCode: '371571' },
  { name: '聊城高新技术产业开发区', divisionCode: '371572' },
  { name: '江北水城旅游度假区', divisionCode: '371573' },
] as const;
