/** English for Belgium, self-care: Belgian painkillers and routes. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const selfCare: DeepPartial<Content['selfCare']> = {
  steps: {
    // Belgium: an NSAID first, at the lowest dose for the shortest time (KCE 287); sold only in pharmacies.
    painkillers: { text: "Painkillers help little for back pain. A painkiller can take the edge off the pain so you can keep moving. Do not expect it to take the pain away. An anti-inflammatory painkiller such as ibuprofen or naproxen is the first choice. Take as little as you can, for as short a time as you can. Paracetamol alone is often not enough. In Belgium you buy these medicines without a prescription at the pharmacy. Ask a pharmacist or your GP first if you are pregnant or over 70. Ask first too if you have a stomach ulcer, kidney or heart disease, high blood pressure or asthma. And if you take blood thinners, including aspirin or Asaflow, water tablets, an ACE inhibitor, steroid tablets such as prednisolone, or an SSRI antidepressant. Without advice, do not take an anti-inflammatory for more than a few days. With paracetamol, do not take more than the leaflet says. Take less if you have liver disease or drink a lot of alcohol. Take painkillers at fixed times. When the pain eases, cut down slowly." },
  },
  whenToContact: {
    levels: {
      emergency: { action: 'Call 112 now, or go to the emergency department (spoedgevallendienst / urgences), if you have any of these:' },
      urgent: { action: 'Call your GP today (evenings and weekends: the GP on duty on 1733)' },
    },
  },
};
