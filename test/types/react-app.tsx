/**
 * A React 19 app using the package as published: compiled with `tsc -p test/types`, never run.
 * Each `@ts-expect-error` is a mistake the types must catch; if the types stopped catching it,
 * the directive itself would fail the compile.
 */
import 'back-pain-widgets';
import { BackPainCheck, BackPainRedflags, BackPainRiskFactors, BackPainTreatments, WalkingProgram } from 'back-pain-widgets/react';
import type { CheckCompleteDetail, RedFlagsResultDetail } from 'back-pain-widgets';

export function Elements() {
  return (
    <>
      <back-pain-redflags
        lang="en"
        theme="dark"
        heading-level={3}
        contact-name="Huisartsenpraktijk De Linde"
        onredflags-result={(event) => {
          const urgency: 'emergency' | 'urgent' | 'soon' | 'self-care' = event.detail.urgency;
          const flags: string[] = event.detail.flags;
          // @ts-expect-error the detail has no such field
          return [urgency, flags, event.detail.nope];
        }}
      />
      {/* @ts-expect-error theme accepts auto, light or dark */}
      <back-pain-selfcare theme="purple" />
      {/* @ts-expect-error mode accepts all, everyday or acute */}
      <back-pain-selfcare mode="sometimes" />
      {/* @ts-expect-error the heading level is a number */}
      <back-pain-faq heading-level={{ level: 2 }} />
      <back-pain-treatments group="may-help" compact />
      {/* @ts-expect-error group accepts helps, may-help, advised-against or '' */}
      <back-pain-treatments group="maybe" />
      <back-pain-risk-factors onrisk-factors-change={(event) => event.detail.risks.length + event.detail.lasting.length} />
      <lifting-tips layout="tabs" />
      {/* @ts-expect-error layout accepts list or tabs */}
      <lifting-tips layout="grid" />
      <recovery-timeline day={3} />
      <walking-program goal-minutes={30} />
      <back-pain-myths heading-level={3} />
      <back-pain-check
        physio-url="/fysiotherapeut"
        oncheck-step={(event) => event.detail.step}
        oncheck-complete={(event) => {
          const phase: string | null = event.detail.phase;
          // @ts-expect-error the detail has no such field
          return [phase, event.detail.contentVersion, event.detail.nope];
        }}
      />
      {/* @ts-expect-error an attribute no widget has */}
      <back-pain-myths nope="x" />
    </>
  );
}

export function Wrappers({ onOutcome, onPlan }: { onOutcome: (detail: RedFlagsResultDetail) => void; onPlan: (detail: CheckCompleteDetail) => void }) {
  return (
    <>
      <BackPainRedflags
        lang="nl"
        theme="light"
        headingLevel={2}
        contactPhone="020 123 45 67"
        onRedflagsResult={(event) => onOutcome(event.detail)}
        onRedflagsReset={(event) => event.type}
      />
      {/* @ts-expect-error theme accepts auto, light or dark */}
      <BackPainRedflags theme="purple" />
      {/* @ts-expect-error a prop the component does not have */}
      <BackPainRedflags nope="x" />
      {/* @ts-expect-error the detail has no such field */}
      <BackPainRedflags onRedflagsResult={(event) => event.detail.nope} />
      <BackPainRiskFactors onRiskFactorsChange={(event) => event.detail.risks.length > 0} />
      <BackPainTreatments group="helps" />
      <WalkingProgram startMinutes={10} goalMinutes={30} />
      <BackPainCheck physioUrl="/fysiotherapeut" onCheckComplete={(event) => onPlan(event.detail)} onCheckStep={(event) => event.detail.step} />
      {/* @ts-expect-error the detail has no such field */}
      <BackPainCheck onCheckComplete={(event) => event.detail.nope} />
    </>
  );
}
