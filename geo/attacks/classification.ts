/**
 * Which UCDP GED events count as militant violence, and by whom.
 *
 * GED records organised violence, not "terrorist attacks": its Pakistan rows mix the state's war with
 * militants, India-Pakistan fighting on the Line of Control, US drone strikes, other states' actions,
 * and tribal, ethnic and party clashes. Every dyad is classified here by hand with its reason; a dyad
 * that is not in this table (for example from a newer GED release) fails the build so that it gets
 * read and classified rather than silently lumped in.
 */
import type { ActorId, CategoryId, Described } from './types.ts';

export const CATEGORIES: readonly Described<CategoryId>[] = [
  {
    id: 'militant',
    label: 'Militant violence',
    description:
      'Fighting between the state and the TTP, Baloch insurgents, other Islamist groups or Islamic State, their attacks on civilians, and their clashes with tribes and each other.',
  },
  {
    id: 'loc',
    label: 'India–Pakistan (Line of Control)',
    description:
      'Fighting between the Indian and Pakistani armies, mostly across the Line of Control in Kashmir.',
  },
  {
    id: 'us-strikes',
    label: 'US strikes',
    description: 'US strikes, mostly by drones, against al-Qaida and allied fighters in the tribal areas.',
  },
  {
    id: 'foreign-state',
    label: 'Other foreign states',
    description:
      'Actions on Pakistani soil by the governments of Afghanistan, Iran, China or Iraq against their own armed opponents.',
  },
  {
    id: 'communal',
    label: 'Communal and party violence',
    description:
      'Clashes between tribes, ethnic communities and political parties (Kurram tribes, Mohajir–Sindhi, MQM factions, PPP), and the state against the MQM.',
  },
];

export const ACTORS: readonly Described<ActorId>[] = [
  {
    id: 'ttp',
    label: 'TTP and factions',
    description:
      'Tehrik-i-Taliban Pakistan and its factions and splinters, such as Jamaat-ul-Ahrar and the Tariq Afridi group.',
  },
  {
    id: 'baloch',
    label: 'Baloch insurgents',
    description: 'Baloch separatist groups: BLA, BLF, BRA, BRAS, UBA and the Baloch Ittehad.',
  },
  {
    id: 'islamic-state',
    label: 'Islamic State',
    description: 'Islamic State and its Khorasan province.',
  },
  {
    id: 'other',
    label: 'Other or none',
    description:
      'Other armed groups (Lashkar-e-Islam, Lashkar-e-Jhangvi, al-Qaida, the IMU, Afghan Taleban, tribes, parties) or no armed group (state against state).',
  },
];

export interface DyadGroup {
  category: CategoryId;
  actor: ActorId;
  reason: string;
  /** [type_of_violence, dyad_name] exactly as UCDP writes them (1 state-based, 2 non-state, 3 one-sided) */
  dyads: readonly (readonly [1 | 2 | 3, string])[];
}

export const DYAD_GROUPS: readonly DyadGroup[] = [
  {
    category: 'militant',
    actor: 'ttp',
    reason:
      'The state against the TTP and its factions (Jamaat-ul-Ahrar split from the TTP in 2014 and rejoined in 2020; "TTP - TA" is the Tariq Afridi faction).',
    dyads: [
      [1, 'Government of Pakistan - TTP'],
      [1, 'Government of Pakistan - TTP - TA'],
      [1, 'Government of Pakistan - Jamaat-ul-Ahrar'],
    ],
  },
  {
    category: 'militant',
    actor: 'ttp',
    reason: 'TTP (or a TTP faction) attacks on civilians.',
    dyads: [
      [3, 'TTP - Civilians'],
      [3, 'TTP-Islahi - Civilians'],
    ],
  },
  {
    category: 'militant',
    actor: 'ttp',
    reason:
      'The TTP against tribal militias (lashkars), rival militants or its own factions; the TTP is the militant party that defines the event.',
    dyads: [
      [2, 'Ansaar ul-Islam - TTP'],
      [2, 'Forces of Momin Afridi - TTP - TA'],
      [2, 'Forces of Shah Sahib - TTP'],
      [2, 'Forces of Turkestan Bhittani - TTP'],
      [2, 'Lashkar of Kukikhel clan - TTP'],
      [2, 'Lashkar of Mohmand tribe - TTP'],
      [2, 'Lashkar of Orakzai tribe - TTP'],
      [2, 'Lashkar of Salarzai tribe - TTP'],
      [2, 'Laskhar of Masozai Qaumi tribe - TTP'],
      [2, 'Lashkar-e-Islam - TTP'],
      [2, 'Lashkar-e-Islam - TTP - TA'],
      [2, 'TTP - MR - TTP - MT'],
      [2, 'TTP-KM - TTP-SM'],
    ],
  },
  {
    category: 'militant',
    actor: 'baloch',
    reason:
      'The state against Baloch separatist groups, their attacks on civilians and their clashes with each other.',
    dyads: [
      [1, 'Government of Pakistan - BLA'],
      [1, 'Government of Pakistan - BLF'],
      [1, 'Government of Pakistan - BRA'],
      [1, 'Government of Pakistan - BRAS'],
      [1, 'Government of Pakistan - UBA'],
      [1, 'Government of Pakistan - Baloch Ittehad'],
      [3, 'BLA - Civilians'],
      [3, 'UBA - Civilians'],
      [2, 'BLA - UBA'],
    ],
  },
  {
    category: 'militant',
    actor: 'islamic-state',
    reason:
      'The state against Islamic State, its attacks on civilians, and its fighting with the Afghan Taleban on Pakistani soil.',
    dyads: [
      [1, 'Government of Pakistan - IS'],
      [3, 'IS - Civilians'],
      [2, 'IS - Taleban'],
    ],
  },
  {
    category: 'militant',
    actor: 'other',
    reason:
      "Lashkar-e-Islam (Mangal Bagh's group in Khyber, coded by UCDP as its own actor and at times fighting the TTP): against the state, civilians, rival groups and tribal militias.",
    dyads: [
      [1, 'Government of Pakistan - Lashkar-e-Islam'],
      [3, 'Lashkar-e-Islam - Civilians'],
      [2, 'Ansaar ul-Islam - Lashkar-e-Islam'],
      [2, 'Lashkar-e-Islam - Lashkar of Akakhel tribe'],
      [2, 'Lashkar-e-Islam - Lashkar of Zakakhel tribe'],
      [2, 'Lashkar-e-Islam - Tawheed ul-Islam'],
    ],
  },
  {
    category: 'militant',
    actor: 'other',
    reason:
      'Other Islamist militants: the IMU (Uzbek fighters in Waziristan) against the state and the Wazir tribal militia; sectarian (Lashkar-e-Jhangvi, Jaish-ul-Islam, Jondullah) and other Islamist (al-Qaida, Fedayeen Islam, Afghan Taleban) attacks on civilians; a Taleban split.',
    dyads: [
      [1, 'Government of Pakistan - IMU'],
      [2, 'IMU - Lashkhar of Wazir tribe'],
      [3, 'LeJ - Civilians'],
      [3, 'Jaish-ul-Islam - Civilians'],
      [3, 'Jondullah - Civilians'],
      [3, 'al-Qaida  - Civilians'],
      [3, 'Fedayeen Islam - Civilians'],
      [3, 'Taleban - Civilians'],
      [2, 'Taleban - High Council of Afghanistan Islamic Emirate'],
    ],
  },
  {
    category: 'loc',
    actor: 'other',
    reason:
      'India against Pakistan (Line of Control fighting), Indian fire on civilians on the Pakistani side, and Indian forces against Kashmir insurgents at the Line of Control.',
    dyads: [
      [1, 'Government of India - Government of Pakistan'],
      [3, 'Government of India - Civilians'],
      [1, 'Government of India - Kashmir insurgents'],
    ],
  },
  {
    category: 'us-strikes',
    actor: 'other',
    reason: 'US strikes (mostly drones) against al-Qaida and allied fighters.',
    dyads: [[1, 'Government of United States of America - al-Qaida']],
  },
  {
    category: 'foreign-state',
    actor: 'other',
    reason:
      "Other states' wars reaching Pakistani soil: Afghanistan's against the Taleban and Hizb-i Islami, Iran's against Jondullah, Jaish al-Adl and the MEK, China's against the ETIM; an Afghan government attack on civilians.",
    dyads: [
      [1, 'Government of Afghanistan - Taleban'],
      [1, 'Government of Afghanistan - Hizb-i Islami-yi Afghanistan'],
      [3, 'Government of Afghanistan - Civilians'],
      [1, 'Government of Iran - Jondullah'],
      [1, 'Government of Iran - Jaish al-Adl'],
      [1, 'Government of Iran - MEK'],
      [1, 'Government of China - ETIM'],
    ],
  },
  {
    category: 'foreign-state',
    actor: 'islamic-state',
    reason: 'Afghan and Iraqi government actions against Islamic State located in Pakistan.',
    dyads: [
      [1, 'Government of Afghanistan - IS'],
      [1, 'Government of Iraq - IS'],
    ],
  },
  {
    category: 'communal',
    actor: 'other',
    reason:
      'Tribal feuds in Kurram and Orakzai (Turi, Bangesh, Mangal: partly Shia–Sunni) and in Sindh (Jatoi–Meher, Khadadkhel–Oatizai), and ethnic clashes in Karachi and Sindh.',
    dyads: [
      [2, 'Bangesh - Mangal'],
      [2, 'Bangesh - Turi'],
      [2, 'Mangal - Turi'],
      [2, 'Kachai sub-tribe of Bangesh - Mishti'],
      [2, 'Khadadkhel - Oatizai'],
      [2, 'Jatoi - Meher'],
      [2, 'Mohajir - Pashtun'],
      [2, 'Mohajir - Sindhi'],
    ],
  },
  {
    category: 'communal',
    actor: 'other',
    reason:
      'Party violence: MQM factions, MQM and PPP supporters, rival Magsi supporters, and the state against the MQM (Karachi operations, mostly 1990s). The MQM is a political party, not a militant group.',
    dyads: [
      [2, 'MQM - MQM-H'],
      [2, 'Supporters of MQM - Supporters of PPP'],
      [2, 'Supporters of Yousaf Ali Khan Magsi - Supporters of Zulfikar Ali Khan Magsi'],
      [1, 'Government of Pakistan - MQM'],
    ],
  },
];

export interface DyadClass {
  category: CategoryId;
  actor: ActorId;
  /** index into DYAD_GROUPS */
  group: number;
}

function dyadKey(typeOfViolence: number, dyadName: string): string {
  return `${typeOfViolence}|${dyadName}`;
}

function buildLookup(groups: readonly DyadGroup[]): Map<string, DyadClass> {
  const lookup = new Map<string, DyadClass>();
  groups.forEach((group, index) => {
    for (const [typeOfViolence, dyadName] of group.dyads) {
      const key = dyadKey(typeOfViolence, dyadName);
      if (lookup.has(key)) throw new Error(`dyad "${dyadName}" is classified twice`);
      lookup.set(key, { category: group.category, actor: group.actor, group: index });
    }
  });
  return lookup;
}

const LOOKUP = buildLookup(DYAD_GROUPS);

/** The class of a dyad, or undefined when the table does not know it (the caller fails naming the row). */
export function classifyDyad(typeOfViolence: number, dyadName: string): DyadClass | undefined {
  return LOOKUP.get(dyadKey(typeOfViolence, dyadName));
}

export function categoryIndex(id: CategoryId): number {
  return CATEGORIES.findIndex((c) => c.id === id);
}

export function actorIndex(id: ActorId): number {
  return ACTORS.findIndex((a) => a.id === id);
}
