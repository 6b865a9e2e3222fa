import type { DemoSection } from "../types";

// District ids are CoWIN's (see data/india-states-districts.json); PIN codes are each city's GPO.
export const indiaDemo: DemoSection = {
  postalCodesPerCity: 30,
  facilitiesPerCity: 35,
  governmentShare: 0.65,
  cities: [
    {
      // CoWIN listed Bengaluru city's centres under BBMP (294), not Bangalore Urban (265).
      city: "Bengaluru", districtId: 294, postalCodeBase: "560001", lat: 12.9716, lng: 77.5946,
      areas: ["Koramangala", "Indiranagar", "Jayanagar", "Malleshwaram", "Whitefield", "Yelahanka", "Rajajinagar", "Banashankari", "HSR Layout", "Hebbal", "Basavanagudi", "Marathahalli"],
      blocks: ["Bangalore East", "Bangalore South", "Bangalore North", "Anekal"],
    },
    {
      city: "Mumbai", districtId: 395, postalCodeBase: "400001", lat: 18.9388, lng: 72.8354,
      areas: ["Colaba", "Dadar", "Andheri", "Bandra", "Kurla", "Borivali", "Worli", "Chembur", "Ghatkopar", "Malad", "Byculla", "Goregaon"],
      blocks: ["Mumbai City", "Western Suburbs", "Eastern Suburbs"],
    },
    {
      city: "Pune", districtId: 363, postalCodeBase: "411001", lat: 18.5204, lng: 73.8567,
      areas: ["Shivajinagar", "Kothrud", "Hadapsar", "Aundh", "Kharadi", "Hinjewadi", "Deccan", "Yerawada", "Swargate", "Baner", "Wakad", "Camp"],
      blocks: ["Pune City", "Haveli", "Pimpri Chinchwad"],
    },
    {
      city: "Chennai", districtId: 571, postalCodeBase: "600001", lat: 13.0827, lng: 80.2707,
      areas: ["T. Nagar", "Adyar", "Mylapore", "Anna Nagar", "Velachery", "Egmore", "Guindy", "Porur", "Perambur", "Royapettah", "Nungambakkam", "Saidapet"],
      blocks: ["North Chennai", "Central Chennai", "South Chennai"],
    },
    {
      city: "Hyderabad", districtId: 581, postalCodeBase: "500001", lat: 17.385, lng: 78.4867,
      areas: ["Abids", "Banjara Hills", "Jubilee Hills", "Secunderabad", "Ameerpet", "Begumpet", "Charminar", "Mehdipatnam", "Himayatnagar", "Malakpet", "Khairatabad", "Tolichowki"],
      blocks: ["Khairatabad", "Charminar", "Secunderabad"],
    },
    {
      city: "Kolkata", districtId: 725, postalCodeBase: "700001", lat: 22.5726, lng: 88.3639,
      areas: ["Park Street", "Ballygunge", "Gariahat", "Shyambazar", "Behala", "Tollygunge", "Jadavpur", "Esplanade", "Bhowanipore", "Entally", "Kasba", "Garden Reach"],
      blocks: ["North Kolkata", "Central Kolkata", "South Kolkata"],
    },
    {
      city: "New Delhi", districtId: 140, postalCodeBase: "110001", lat: 28.6139, lng: 77.209,
      areas: ["Connaught Place", "Chanakyapuri", "Sarojini Nagar", "Lodhi Colony", "R.K. Puram", "Vasant Vihar", "Delhi Cantonment", "Gole Market", "Golf Links", "Janpath", "Moti Bagh", "Netaji Nagar"],
      blocks: ["Chanakyapuri", "Delhi Cantonment", "Vasant Vihar"],
    },
    {
      // CoWIN split Jaipur into "Jaipur I" (505) and "Jaipur II" (506); the city is in Jaipur I.
      city: "Jaipur", districtId: 505, postalCodeBase: "302001", lat: 26.9124, lng: 75.7873,
      areas: ["Malviya Nagar", "Vaishali Nagar", "Mansarovar", "C-Scheme", "Raja Park", "Sodala", "Jhotwara", "Bani Park", "Adarsh Nagar", "Sanganer", "Jagatpura", "Tonk Road"],
      blocks: ["Jaipur City", "Sanganer", "Amber"],
    },
    {
      city: "Lucknow", districtId: 670, postalCodeBase: "226001", lat: 26.8467, lng: 80.9462,
      areas: ["Hazratganj", "Gomti Nagar", "Aliganj", "Indira Nagar", "Aminabad", "Alambagh", "Chowk", "Mahanagar", "Rajajipuram", "Jankipuram", "Vikas Nagar", "Charbagh"],
      blocks: ["Sarojini Nagar", "Chinhat", "Kakori", "Bakshi Ka Talab"],
    },
    {
      city: "Kochi", districtId: 307, postalCodeBase: "682001", lat: 9.9312, lng: 76.2673,
      areas: ["Fort Kochi", "Mattancherry", "Edappally", "Kakkanad", "Kaloor", "Vyttila", "Palarivattom", "Thrippunithura", "Kadavanthra", "Elamakkara", "Ernakulam South", "Palluruthy"],
      blocks: ["Edappally", "Vypin", "Mulanthuruthy", "Palluruthy"],
    },
  ],
  facilityNames: {
    government: ["Urban PHC {area}", "UPHC {area}", "Community Health Centre {area}", "Government Dispensary {area}", "{city} District Hospital", "ESI Dispensary {area}"],
    private: ["{area} Multispeciality Hospital", "Sunrise Hospital {area}", "{area} Nursing Home", "Lifeline Clinic {area}", "City Care Hospital {area}"],
  },
  streets: ["Main Road", "Station Road", "Hospital Road", "MG Road", "Temple Street", "Market Road", "Ring Road", "Nehru Street", "Gandhi Road", "Church Street"],
  // Rupees per dose: Covishield and Covaxin at the June 2021 private-sector caps, the others at 2022 list prices.
  privateFees: { COVISHIELD: 780, COVAXIN: 1410, CORBEVAX: 840, COVOVAX: 900 },
  sessionMinAges: [18, 45, 12, 15],
};
