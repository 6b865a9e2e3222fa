/** What the data layer hands to pages and to the CoWIN-shaped API: plain rows, no ORM types. */
export interface CentreSlot {
  /** "HH:MM:SS" */
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
}

export interface CentreSession {
  id: string;
  facilityId: number;
  /** ISO date, YYYY-MM-DD */
  date: string;
  vaccineCode: string;
  minAge: number;
  maxAge: number | null;
  capacityDose1: number;
  capacityDose2: number;
  capacityPrecaution: number;
  bookedDose1: number;
  bookedDose2: number;
  bookedPrecaution: number;
  fee: number;
  slots: CentreSlot[];
}

export interface Centre {
  id: number;
  name: string;
  address: string;
  block: string;
  stateId: number;
  stateName: string;
  stateNameLocal: string | null;
  districtId: number;
  districtName: string;
  districtNameLocal: string | null;
  postalCode: string;
  lat: number;
  lng: number;
  feeType: "free" | "paid";
  opensAt: string;
  closesAt: string;
  /** Per-vaccine fees of a paid centre; empty for free ones. */
  fees: { vaccineCode: string; fee: number }[];
}

/** A centre with its sessions in the asked window, in date order. */
export interface CentreWeek {
  centre: Centre;
  sessions: CentreSession[];
  /** Set by the near-me search only. */
  distanceKm?: number;
}
