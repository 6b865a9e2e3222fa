/*
 * A plain romanization of Devanagari names into A-Z, for the DCC's machine-readable name when a person is
 * registered in Hindi (or another language written in Devanagari). It follows the Hunterian habit of Indian
 * passports: long and short vowels are written alike (सीता → SITA, कुमार → KUMAR), and the inherent "a" of a
 * consonant is dropped at the end of a word (राम → RAM), except after a conjunct (मित्र → MITRA) or when the
 * word is that one consonant. Schwa inside a word is kept (कमला → KAMALA): deleting it needs a dictionary.
 */
const CONSONANTS: Record<string, string> = {
  क: "K", ख: "KH", ग: "G", घ: "GH", ङ: "N",
  च: "CH", छ: "CHH", ज: "J", झ: "JH", ञ: "N",
  ट: "T", ठ: "TH", ड: "D", ढ: "DH", ण: "N",
  त: "T", थ: "TH", द: "D", ध: "DH", न: "N",
  प: "P", फ: "PH", ब: "B", भ: "BH", म: "M",
  य: "Y", र: "R", ल: "L", ळ: "L", व: "V",
  श: "SH", ष: "SH", स: "S", ह: "H",
};

// A consonant followed by the nukta (़) is a sound borrowed from Persian or English.
const WITH_NUKTA: Record<string, string> = { क: "Q", ख: "KH", ग: "G", ज: "Z", ड: "R", ढ: "RH", फ: "F", य: "Y" };

const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: "A", आ: "A", इ: "I", ई: "I", उ: "U", ऊ: "U", ऋ: "RI", ए: "E", ऐ: "AI", ओ: "O", औ: "AU", ऑ: "O", ऍ: "E",
};

const VOWEL_SIGNS: Record<string, string> = {
  "ा": "A", "ि": "I", "ी": "I", "ु": "U", "ू": "U", "ृ": "RI", "े": "E", "ै": "AI", "ो": "O", "ौ": "AU", "ॉ": "O", "ॅ": "E",
};

const VIRAMA = "्";
const NUKTA = "़";
const LABIALS = new Set(["प", "फ", "ब", "भ", "म"]);

/** Romanizes the Devanagari letters of `text`; every other character passes through unchanged. */
export function romanizeDevanagari(text: string): string {
  // NFC splits the precomposed nukta letters (क़ U+0958 …) into base + nukta, the one form handled below.
  const chars = [...text.normalize("NFC")];
  let out = "";
  let wordStart = true; // no Devanagari letter yet in the current word
  let afterConjunct = false; // the current consonant was joined to the previous one by a virama
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const consonant = CONSONANTS[char];
    if (consonant !== undefined) {
      let latin = consonant;
      let next = chars[i + 1];
      if (next === NUKTA) {
        latin = WITH_NUKTA[char] ?? consonant;
        next = chars[++i + 1];
      }
      // ज्ञ is said "gy" in Hindi (ज्ञान → GYAN).
      if (char === "ज" && next === VIRAMA && chars[i + 2] === "ञ") {
        latin = "GY";
        i += 2;
        next = chars[i + 1];
      }
      out += latin;
      if (next !== undefined && VOWEL_SIGNS[next] !== undefined) {
        out += VOWEL_SIGNS[next];
        i++;
        afterConjunct = false;
      } else if (next === VIRAMA) {
        i++;
        afterConjunct = true;
        wordStart = false;
        continue;
      } else if (continuesWord(next) || afterConjunct || wordStart) {
        out += "A";
        afterConjunct = false;
      }
      wordStart = false;
      continue;
    }
    if (INDEPENDENT_VOWELS[char] !== undefined) out += INDEPENDENT_VOWELS[char];
    else if (char === "ं" || char === "ँ") out += LABIALS.has(chars[i + 1] ?? "") ? "M" : "N";
    else if (char === "ः") out += "H";
    else if (char === "ऽ" || char === NUKTA || char === VIRAMA) {
      /* no sound of its own */
    } else {
      out += char;
      wordStart = true;
      afterConjunct = false;
      continue;
    }
    wordStart = false;
    afterConjunct = false;
  }
  return out;
}

/** True when the next character is still part of the same Devanagari word (so an inherent "a" is said). */
function continuesWord(next: string | undefined): boolean {
  if (next === undefined) return false;
  return CONSONANTS[next] !== undefined || INDEPENDENT_VOWELS[next] !== undefined || next === "ं" || next === "ँ" || next === "ः";
}
