import type { PhotoIdType } from "../types";

// The photo IDs CoWIN accepted at registration. Patterns apply to the normalised value.
export const indiaPhotoIdTypes: PhotoIdType[] = [
  {
    code: "AADHAAR",
    label: { en: "Aadhaar card", hi: "आधार कार्ड" },
    pattern: "[2-9][0-9]{11}",
    checksum: "verhoeff",
    example: "999941057058", // UIDAI's published sandbox number
  },
  {
    code: "DRIVING_LICENCE",
    label: { en: "Driving licence", hi: "ड्राइविंग लाइसेंस" },
    // State code + RTO code, then issue year and serial; older licences vary in length.
    pattern: "[A-Z]{2}[0-9]{2}[0-9A-Z]{7,14}",
    example: "MH1420110062821",
  },
  {
    code: "PAN",
    label: { en: "PAN card", hi: "पैन कार्ड" },
    pattern: "[A-Z]{5}[0-9]{4}[A-Z]",
    example: "ABCDE1234F",
  },
  {
    code: "PASSPORT",
    label: { en: "Passport", hi: "पासपोर्ट" },
    pattern: "[A-Z][0-9]{7}",
    example: "K1234567",
  },
  {
    code: "PENSION_PASSBOOK",
    label: { en: "Pension passbook with photo", hi: "फ़ोटो सहित पेंशन पासबुक" },
    pattern: "[0-9A-Z]{6,20}",
    example: "PPO123456",
  },
  {
    code: "NPR_SMART_CARD",
    label: { en: "NPR smart card", hi: "एनपीआर स्मार्ट कार्ड" },
    pattern: "[0-9A-Z]{8,24}",
    example: "NPR20210000123",
  },
  {
    code: "VOTER_ID",
    label: { en: "Voter ID (EPIC)", hi: "मतदाता पहचान पत्र (EPIC)" },
    pattern: "[A-Z]{3}[0-9]{7}",
    example: "ABC1234567",
  },
  {
    code: "UDID",
    label: { en: "Unique Disability ID (UDID) card", hi: "विशिष्ट दिव्यांगता पहचान (UDID) कार्ड" },
    // Two-letter state code followed by 16 characters.
    pattern: "[A-Z]{2}[0-9A-Z]{16}",
    example: "KA0120190012345678",
  },
  {
    code: "RATION_CARD",
    label: { en: "Ration card with photo", hi: "फ़ोटो सहित राशन कार्ड" },
    // Formats differ by state.
    pattern: "[0-9A-Z]{6,20}",
    example: "KA123456789012",
  },
  {
    code: "SERVICE_ID",
    label: { en: "Service identity card with photo (government or PSU)", hi: "फ़ोटो सहित सेवा पहचान पत्र (सरकारी या सार्वजनिक उपक्रम)" },
    pattern: "[0-9A-Z]{4,20}",
    example: "EMP2021001",
  },
  {
    code: "STUDENT_ID",
    label: { en: "Student photo ID card", hi: "फ़ोटो सहित छात्र पहचान पत्र" },
    pattern: "[0-9A-Z]{4,20}",
    example: "STU20210042",
  },
];
