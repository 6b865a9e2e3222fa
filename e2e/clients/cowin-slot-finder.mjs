// A slot finder written the way the 2021 CoWIN bots were: plain fetch against the public v2 API, then
// walk centers → sessions. It knows nothing of Vaxport; only COWIN_BASE_URL points it elsewhere.
// Usage: node cowin-slot-finder.mjs <district_id> <DD-MM-YYYY> [age]
const BASE_URL = process.env.COWIN_BASE_URL ?? "https://cdn-api.co-vin.in/api/v2";
const [districtId, date, age = "18"] = process.argv.slice(2);

const response = await fetch(`${BASE_URL}/appointment/sessions/public/calendarByDistrict?district_id=${districtId}&date=${date}`, {
  headers: { accept: "application/json", "accept-language": "hi_IN", "user-agent": "Mozilla/5.0" },
});
if (response.status !== 200) {
  console.error(`HTTP ${response.status}`);
  process.exit(1);
}
const { centers } = await response.json();
let found = 0;
for (const center of centers) {
  for (const session of center.sessions) {
    if (session.min_age_limit <= Number(age) && session.available_capacity_dose1 > 0) {
      found++;
      const slots = session.slots.map((slot) => (typeof slot === "string" ? slot : slot.time)).join(", ");
      console.log(`${session.date} | ${center.name}, ${center.district_name} ${center.pincode} | ${session.vaccine} | ${center.fee_type} | dose 1: ${session.available_capacity_dose1} | ${slots}`);
    }
  }
}
console.log(`${found} sessions with dose-1 seats for age ${age}`);
