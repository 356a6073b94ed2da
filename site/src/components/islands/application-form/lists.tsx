// The application form's lists: the effect's indicators, the budget's items (with the sum beside
// the total) and the team. A row is added or removed with `change(…, structural)`, so that the
// messages follow the rows they belong to.
import { BUDGET_ITEM_SOURCE_LABELS, BUDGET_ITEM_SOURCES } from '@portal/schema';
import { budgetSum, emptyBudgetItem, emptyIndicator, emptyTeamMember, parseNumber } from '../../../lib/application-draft.ts';
import { fieldId } from '../../../lib/application-errors.ts';
import { formatNumber } from '../../../lib/format-number.ts';
import { AddButton, GroupErrors, SelectField, TextField } from './fields.tsx';
import type { FormApi } from './use-application-form.ts';

const MAX_INDICATORS = 10;
const MAX_BUDGET_ITEMS = 30;

export function IndicatorsSection({ form }: { form: FormApi }) {
  const { draft, errors, field, set, setRow, change } = form;
  return (
    <fieldset className="form-group">
      <legend>Социально-экономический эффект</legend>
      <TextField {...field('effect.text')} multiline label="Планируемый эффект" hint="Что изменится в городе после проекта: от 20 до 3000 символов." value={draft.effectText} onChange={set('effectText', 'effect.text')} />
      <GroupErrors id={fieldId('effect.indicators')} title="Измеримые показатели" errors={errors['effect.indicators']} hint="Как вы поймёте, что эффект достигнут: от 1 до 10 показателей." />
      {draft.indicators.map((row, i) => (
        <div className="form-row" key={row.uid} data-indicator-row={i}>
          <p className="row-title">Показатель {i + 1}</p>
          <TextField {...field(`effect.indicators.${i}.name`)} label="Название показателя" hint="Например: посетителей в месяц." value={row.name} onChange={setRow('indicators', i, 'name', `effect.indicators.${i}.name`)} />
          <TextField {...field(`effect.indicators.${i}.unit`)} label="Единица измерения" hint="Например: человек, %, мест." value={row.unit} onChange={setRow('indicators', i, 'unit', `effect.indicators.${i}.unit`)} />
          <div className="form-pair">
            <TextField {...field(`effect.indicators.${i}.baseline`)} label="Сейчас" hint="Исходное значение, число." inputMode="decimal" value={row.baseline} onChange={setRow('indicators', i, 'baseline', `effect.indicators.${i}.baseline`)} />
            <TextField {...field(`effect.indicators.${i}.target`)} label="Цель" hint="Целевое значение, число." inputMode="decimal" value={row.target} onChange={setRow('indicators', i, 'target', `effect.indicators.${i}.target`)} />
          </div>
          {draft.indicators.length > 1 && (
            <button type="button" className="link-button" onClick={() => change('effect.indicators', (d) => ({ ...d, indicators: d.indicators.filter((_, j) => j !== i) }), true)}>
              Удалить показатель {i + 1}
            </button>
          )}
        </div>
      ))}
      <AddButton
        label="Добавить показатель"
        disabled={draft.indicators.length >= MAX_INDICATORS}
        limitText={`Не больше ${MAX_INDICATORS} показателей.`}
        id="indicators-limit"
        onClick={() => change('effect.indicators', (d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }), true, `effect.indicators.${draft.indicators.length}.`)}
      />
    </fieldset>
  );
}

export function BudgetSection({ form }: { form: FormApi }) {
  const { draft, errors, field, set, setRow, change } = form;
  return (
    <fieldset className="form-group">
      <legend>Бюджет проекта</legend>
      <TextField {...field('budget.total')} label="Общий бюджет, ₽" hint="В целых рублях; должен быть равен сумме статей." inputMode="numeric" value={draft.budgetTotal} onChange={set('budgetTotal', 'budget.total')} />
      <GroupErrors id={fieldId('budget.items')} title="Статьи расходов" errors={errors['budget.items']} hint="На что пойдут деньги и откуда они: от 1 до 30 статей." />
      {draft.budgetItems.map((row, i) => (
        <div className="form-row" key={row.uid} data-budget-row={i}>
          <p className="row-title">Статья {i + 1}</p>
          <TextField {...field(`budget.items.${i}.item`)} label="Статья расходов" hint="Например: ремонт кровли." value={row.item} onChange={setRow('budgetItems', i, 'item', `budget.items.${i}.item`)} />
          <div className="form-pair">
            <TextField {...field(`budget.items.${i}.amount`)} label="Сумма, ₽" hint="В целых рублях." inputMode="numeric" value={row.amount} onChange={setRow('budgetItems', i, 'amount', `budget.items.${i}.amount`)} />
            <SelectField {...field(`budget.items.${i}.source`)} label="Источник" hint="Откуда средства." value={row.source} onChange={setRow('budgetItems', i, 'source', `budget.items.${i}.source`)}>
              <option value="">Выберите источник</option>
              {BUDGET_ITEM_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {BUDGET_ITEM_SOURCE_LABELS[s]}
                </option>
              ))}
            </SelectField>
          </div>
          {draft.budgetItems.length > 1 && (
            <button type="button" className="link-button" onClick={() => change('budget.items', (d) => ({ ...d, budgetItems: d.budgetItems.filter((_, j) => j !== i) }), true)}>
              Удалить статью {i + 1}
            </button>
          )}
        </div>
      ))}
      <BudgetSum amounts={draft.budgetItems} total={draft.budgetTotal} />
      <AddButton
        label="Добавить статью"
        disabled={draft.budgetItems.length >= MAX_BUDGET_ITEMS}
        limitText={`Не больше ${MAX_BUDGET_ITEMS} статей.`}
        id="budget-limit"
        onClick={() => change('budget.items', (d) => ({ ...d, budgetItems: [...d.budgetItems, emptyBudgetItem()] }), true, `budget.items.${draft.budgetItems.length}.`)}
      />
    </fieldset>
  );
}

/** The items' sum beside the total, read out as it changes. */
function BudgetSum(props: { amounts: ReadonlyArray<{ amount: string }>; total: string }) {
  const sum = budgetSum(props.amounts);
  const total = parseNumber(props.total);
  return (
    <p className="budget-sum" aria-live="polite" data-budget-sum={sum} data-budget-match={typeof total === 'number' && total === sum ? 'true' : 'false'}>
      Сумма статей: {formatNumber(sum)}&nbsp;₽
      {typeof total === 'number'
        ? total === sum
          ? ' — совпадает с общим бюджетом.'
          : ` — общий бюджет ${formatNumber(total)}\u00a0₽, разница ${formatNumber(Math.abs(total - sum))}\u00a0₽.`
        : '.'}
    </p>
  );
}

export function TeamSection({ form, maxTeamSize }: { form: FormApi; maxTeamSize: number }) {
  const { draft, errors, field, setRow, change } = form;
  return (
    <fieldset className="form-group">
      <legend>Команда проекта</legend>
      <GroupErrors id={fieldId('team')} title={`От 1 до ${maxTeamSize} человек`} errors={errors.team} hint="Первый участник — лидер проекта." />
      {draft.team.map((row, i) => (
        <div className="form-row" key={row.uid} data-team-row={i}>
          <p className="row-title">{i === 0 ? 'Лидер проекта' : `Участник ${i + 1}`}</p>
          <TextField {...field(`team.${i}.name`)} label="Имя и фамилия" hint="Как в документах." autoComplete={i === 0 ? 'name' : 'off'} value={row.name} onChange={setRow('team', i, 'name', `team.${i}.name`)} />
          <TextField {...field(`team.${i}.role`)} label="Роль в проекте" hint={i === 0 ? 'Например: лидер проекта.' : 'Например: архитектор, менеджер.'} value={row.role} onChange={setRow('team', i, 'role', `team.${i}.role`)} />
          <TextField {...field(`team.${i}.competences`)} multiline label="Компетенции" hint="Что умеет и что делает в проекте." value={row.competences} onChange={setRow('team', i, 'competences', `team.${i}.competences`)} />
          {i > 0 && (
            <button type="button" className="link-button" onClick={() => change('team', (d) => ({ ...d, team: d.team.filter((_, j) => j !== i) }), true)}>
              Удалить участника {i + 1}
            </button>
          )}
        </div>
      ))}
      <AddButton
        label="Добавить участника"
        disabled={draft.team.length >= maxTeamSize}
        limitText={`В команде не больше ${maxTeamSize} человек, включая лидера: таково условие отбора.`}
        id="team-limit"
        onClick={() => change('team', (d) => ({ ...d, team: [...d.team, emptyTeamMember()] }), true, `team.${draft.team.length}.`)}
      />
    </fieldset>
  );
}
