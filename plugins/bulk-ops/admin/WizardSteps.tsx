const STEPS = ['Select scope', 'Dry-run', 'Execute', 'Results'] as const

/** Where the user is in the wizard: select scope, dry-run, execute, results. */
export const WizardSteps = ({ current }: { current: 1 | 2 | 3 | 4 }) => (
  <ol aria-label="Bulk job steps" className="bulk-center__steps">
    {STEPS.map((label, index) => {
      const step = index + 1
      const state = step < current ? 'done' : step === current ? 'current' : 'next'
      return (
        <li
          aria-current={state === 'current' ? 'step' : undefined}
          className={`bulk-center__step bulk-center__step--${state}`}
          data-step={step}
          key={label}
        >
          <span className="bulk-center__step-number">{step}</span> {label}
        </li>
      )
    })}
  </ol>
)
