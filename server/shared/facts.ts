/** Facts of the city the default data set describes, and of how the data keep money. Pure. */
import homeCounties from './home-counties.json' with { type: 'json' };

/** Money is kept in 万元 (10k yuan); 1亿 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

/** The city the default data set describes; `local = true` means located here. */
export const HOME_CITY = { zh: '聊城市', en: 'Liaocheng', province: '山东省', divisionCode: '371500' } as const;
/** Its counties and districts (and the three functional zones), with their division codes (data: home-counties.json). */
export const HOME_COUNTIES: readonly { name: string; divisionCode: string }[] = homeCounties;
