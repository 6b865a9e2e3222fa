"use client";

import { useState } from "react";
import { buttonClassName } from "@/components/ui/button-styles";
import { SelectField, type SelectOption } from "@/components/ui/select-field";

export type DistrictFieldsLabels = { state: string; district: string; choose: string; submit: string; showDistricts: string };

/**
 * The state and district selects. With JavaScript, choosing a state fetches its districts at once; without,
 * "Show the list" submits the form and the page comes back with them.
 */
export function DistrictFields({ labels, states, districts: initial, stateId, districtId }: {
  labels: DistrictFieldsLabels;
  states: readonly SelectOption[];
  districts: readonly SelectOption[];
  stateId?: string;
  districtId?: string;
}) {
  const [state, setState] = useState(stateId ?? "");
  const [districts, setDistricts] = useState(initial);
  const [loading, setLoading] = useState(false);

  async function chooseState(value: string) {
    setState(value);
    setDistricts([]);
    if (!value) return;
    setLoading(true);
    try {
      const response = await fetch(`/api/places/${encodeURIComponent(value)}/districts`);
      if (response.ok) setDistricts(((await response.json()) as { districts: SelectOption[] }).districts);
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <SelectField
        label={labels.state}
        name="state"
        options={states}
        value={state}
        onChange={(event) => void chooseState(event.target.value)}
        placeholder={labels.choose}
        required
      />
      {districts.length > 0 ? (
        <>
          <SelectField
            key={state}
            label={labels.district}
            name="district"
            options={districts}
            defaultValue={state === stateId ? districtId : undefined}
            placeholder={labels.choose}
            required
          />
          <button type="submit" className={buttonClassName("primary")}>
            {labels.submit}
          </button>
        </>
      ) : (
        <button type="submit" className={buttonClassName("secondary")} aria-disabled={loading || undefined}>
          {labels.showDistricts}
        </button>
      )}
    </>
  );
}
