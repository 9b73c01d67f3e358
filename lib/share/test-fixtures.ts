// Sample document for the lib/share tests: the first segments of the People's
// Daily Online article in /work/shared/seeds/000_370205e72a3b4a06.txt (Chinese
// verbatim, including its half-width punctuation), with an English
// translation aligned sentence by sentence. Test-only; not imported by app code.

import type { SegmentModel } from '@/lib/content/model';
import type { ArticleCitationMeta } from './citation';

export const SAMPLE_SLUG = 'beijing-digital-economy-benchmark-city';

export const SAMPLE_SEGMENTS: SegmentModel[] = [
  {
    id: 's0-title',
    kind: 'title',
    section: null,
    zh: ['北京市经济和信息化局党组书记、局长张劲松:加快全球数字经济标杆城市建设 助力构建新发展格局'],
    en: [
      'Zhang Jinsong, Party Secretary and Director of the Beijing Municipal Bureau of Economy and Information Technology: Accelerate the Building of a Global Benchmark City for the Digital Economy to Help Build the New Development Pattern',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's0-lead',
    kind: 'lead',
    section: null,
    zh: [
      '人民网北京1月17日电 (记者孟竹)1月15日,北京市经济和信息化局党组书记、局长张劲松做客“市民对话一把手·推动高质量发展 守好百姓日子”节目,聚焦构建新发展格局,关注全球数字经济标杆城市建设,围绕数字经济赋能产业和生活、为企业带来创新转型机遇、助力北京构建新发展格局等话题进行相关解读。',
    ],
    en: [
      'Beijing, January 17 (People\'s Daily Online reporter Meng Zhu) — On January 15, Zhang Jinsong, Party Secretary and Director of the Beijing Municipal Bureau of Economy and Information Technology, appeared on the programme "Citizens in Dialogue with the Top Official: Promoting High-Quality Development, Safeguarding People\'s Livelihoods", where he focused on building the new development pattern and the global benchmark city for the digital economy, and discussed how the digital economy empowers industry and daily life, brings enterprises opportunities for innovation and transformation, and helps Beijing build the new development pattern.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's1',
    kind: 'heading',
    section: 's1',
    zh: ['数字经济全面赋能产业、城市、生活'],
    en: ['The Digital Economy Comprehensively Empowers Industry, the City and Daily Life'],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's1-p1',
    kind: 'paragraph',
    section: 's1',
    zh: [
      '2023年北京政府工作报告中指出,北京要加快建设全球数字经济标杆城市,新增5G基站1万个。',
      '张劲松介绍,北京把握数字经济发展大势,于2021年7月率先提出建设全球数字经济标杆城市,积极构建首都新发展格局。',
      '一年多来,数字经济全面赋能产业、城市、生活,并取得很好的效果。',
    ],
    en: [
      "Beijing's 2023 Government Work Report states that Beijing will accelerate the building of a global benchmark city for the digital economy and add 10,000 5G base stations.",
      'Zhang Jinsong explained that Beijing, grasping the overall trend of the digital economy, took the lead in July 2021 in proposing to build a global benchmark city for the digital economy, actively building a new development pattern for the capital.',
      'Over the past year and more, the digital economy has comprehensively empowered industry, the city and daily life, with very good results.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's1-p2',
    kind: 'paragraph',
    section: 's1',
    zh: [
      '坚持数字赋能产业高水平发展。',
      '大力拓展新兴数字产业,发展水平位居全国前列,全市人工智能产业规模超千亿元,企业数量超千家,占国内企业总量的29%,位列全国首位。',
      '区块链产业发展也位居全国第一;工业互联网核心产业规模也超千亿元,国家级智能制造系统方案供应商数量全国第一,福田康明斯、三一重工入选全球“灯塔工厂”,小米 “黑灯工厂”成为行业标杆,互联网3.0快速起步。',
    ],
    en: [
      'Upholding digital empowerment for high-level industrial development.',
      "Emerging digital industries have been vigorously expanded and rank among the most developed in the country: the city's artificial intelligence industry exceeds 100 billion yuan, with more than 1,000 enterprises, 29% of the national total and first in China.",
      'Blockchain also ranks first nationwide; the core industrial internet industry likewise exceeds 100 billion yuan, Beijing has the most national-level intelligent manufacturing system solution suppliers, Foton Cummins and Sany Heavy Industry were selected as global "lighthouse factories", Xiaomi\'s "lights-out factory" has become an industry benchmark, and Internet 3.0 is off to a fast start.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's1-p3',
    kind: 'paragraph',
    section: 's1',
    zh: [
      '坚持数字赋能城市高标准建设。',
      '推动新一代信息技术和城市基础设施深度融合,数字城市基础底座加速建设,千兆固网累计接入129.6万用户,建成5G基站7.5万个,并实现五环内全覆盖、五环外重点区域和典型场景精准覆盖。',
      '智慧城市“七通一平”基础设施建设全面启动,超前布局下一代数据原生基础设施,建成全国首个高级别自动驾驶示范区,完成“车路云网图”五大体系超前部署,坚持“一网通办” “一网统管”“一网慧治”有序推进,助力城市治理效能提升。',
    ],
    en: [
      'Upholding digital empowerment for high-standard urban construction.',
      'New-generation information technology is being deeply integrated with urban infrastructure and the digital foundation of the city is being built faster: gigabit fixed broadband now serves 1.296 million users and 75,000 5G base stations have been built, covering everything inside the Fifth Ring Road and, precisely, key areas and typical scenarios beyond it.',
      'Construction of the "seven connections and one platform" smart-city infrastructure is fully under way, next-generation data-native infrastructure is being laid out ahead of time, the country\'s first high-level autonomous driving demonstration zone has been built, the five systems of "vehicle, road, cloud, network and map" have been deployed in advance, and "one-network services", "one-network management" and "one-network smart governance" are advancing in an orderly way, helping make city governance more effective.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's2',
    kind: 'heading',
    section: 's2',
    zh: ['“新赛道”先导产业发展和崛起为企业提供机遇'],
    en: ['The Rise of Pioneer Industries on "New Tracks" Offers Opportunities for Enterprises'],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's2-p1',
    kind: 'paragraph',
    section: 's2',
    zh: [
      '未来数字经济的发展能够为企业带来什么样的机遇?',
      '张劲松表示,北京市不断抢抓数字经济发展新机,实现多个“新赛道”先导产业的发展和崛起,企业作为经济发展的主力军,将有更多创新转型的机会。',
    ],
    en: [
      'What opportunities can the future development of the digital economy bring to enterprises?',
      'Zhang Jinsong said that Beijing keeps seizing new opportunities in the digital economy and has seen several pioneer industries on "new tracks" develop and rise; as the main force of economic development, enterprises will have more chances to innovate and transform.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's2-p2',
    kind: 'paragraph',
    section: 's2',
    zh: ['一是大力发展自动驾驶、车路协同、共享出行等新一代出行产业,推动传统交通运输业和互联网有机渗透和整合,构建新一代数字出行一张网。'],
    en: [
      'First, vigorously develop new-generation mobility industries such as autonomous driving, vehicle-road coordination and shared mobility, promote the organic integration of traditional transport with the internet, and build a single network for new-generation digital mobility.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
  {
    id: 's2-p3',
    kind: 'paragraph',
    section: 's2',
    zh: ['二是支持在京金融机构基于互联网平台打造金融业态和服务体系,创新银行、保险、证券等金融业务模式。'],
    en: [
      'Second, support financial institutions in Beijing in building financial business formats and service systems on internet platforms, and innovate business models in banking, insurance, securities and other financial services.',
    ],
    terms: [],
    refs: [],
    paragraphs: [0],
    number: null,
  },
];

export const SAMPLE_META: ArticleCitationMeta = {
  kind: 'interview',
  slug: SAMPLE_SLUG,
  titleZh: SAMPLE_SEGMENTS[0]!.zh[0]!,
  titleEn: SAMPLE_SEGMENTS[0]!.en[0]!,
  publisher: { zh: '人民网', en: "People's Daily Online" },
  reporters: [{ family: 'Meng', given: 'Zhu', nameZh: '孟竹' }],
  published: '2023-01-17',
};

export function sampleSegment(id: string): SegmentModel {
  const segment = SAMPLE_SEGMENTS.find((candidate) => candidate.id === id);
  if (!segment) throw new Error(`No sample segment ${id}`);
  return segment;
}

/** A segment with astral (surrogate-pair) characters: 𠮷 (U+20BB7) and an emoji. */
export const ASTRAL_SEGMENT: SegmentModel = {
  id: 'x-astral',
  kind: 'paragraph',
  section: null,
  zh: ['𠮷野家在北京开了新店。', '顾客说:“好吃😋!”'],
  en: ['Yoshinoya 𠮷 opened a new shop in Beijing.', 'A customer said: "Delicious 😋!"'],
  terms: [],
  refs: [],
  paragraphs: [0],
  number: null,
};
