import type { Schema, Struct } from '@strapi/strapi';

export interface PlatformAdvantage extends Struct.ComponentSchema {
  collectionName: 'components_platform_advantages';
  info: {
    description: '\u0427\u0435\u043C \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430 \u043F\u043E\u043B\u0435\u0437\u043D\u0430 \u043F\u0440\u043E\u0435\u043A\u0442\u0443.';
    displayName: '\u041F\u0440\u0435\u0438\u043C\u0443\u0449\u0435\u0441\u0442\u0432\u043E \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B';
    icon: 'thumbUp';
  };
  attributes: {
    text: Schema.Attribute.Text & Schema.Attribute.Required;
    title: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface PracticeBudget extends Struct.ComponentSchema {
  collectionName: 'components_practice_budgets';
  info: {
    description: '\u041E\u0431\u0449\u0438\u0439 \u0431\u044E\u0434\u0436\u0435\u0442 \u0432 \u0440\u0443\u0431\u043B\u044F\u0445 \u0438 \u0435\u0433\u043E \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438.';
    displayName: '\u0411\u044E\u0434\u0436\u0435\u0442';
    icon: 'priceTag';
  };
  attributes: {
    sources: Schema.Attribute.Component<'practice.budget-source', true>;
    total: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

export interface PracticeBudgetSource extends Struct.ComponentSchema {
  collectionName: 'components_practice_budget_sources';
  info: {
    description: '\u041E\u0442\u043A\u0443\u0434\u0430 \u0434\u0435\u043D\u044C\u0433\u0438: \u0432\u0438\u0434 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430, \u0441\u0443\u043C\u043C\u0430 (\u0435\u0441\u043B\u0438 \u0438\u0437\u0432\u0435\u0441\u0442\u043D\u0430), \u043F\u043E\u044F\u0441\u043D\u0435\u043D\u0438\u0435.';
    displayName: '\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A \u0444\u0438\u043D\u0430\u043D\u0441\u0438\u0440\u043E\u0432\u0430\u043D\u0438\u044F';
    icon: 'priceTag';
  };
  attributes: {
    amount: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    kind: Schema.Attribute.Enumeration<
      [
        'federal_budget',
        'regional_budget',
        'municipal_budget',
        'grant',
        'business',
        'crowdfunding',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    note: Schema.Attribute.String;
  };
}

export interface PracticeContact extends Struct.ComponentSchema {
  collectionName: 'components_practice_contacts';
  info: {
    description: '\u041F\u0443\u0431\u043B\u0438\u0447\u043D\u044B\u0435 \u043A\u043E\u043D\u0442\u0430\u043A\u0442\u044B \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438; \u043B\u0438\u0447\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435 \u043D\u0435 \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0442\u044C.';
    displayName: '\u041A\u043E\u043D\u0442\u0430\u043A\u0442 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438';
    icon: 'phone';
  };
  attributes: {
    email: Schema.Attribute.Email;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    phone: Schema.Attribute.String;
    website: Schema.Attribute.String;
  };
}

export interface PracticeImage extends Struct.ComponentSchema {
  collectionName: 'components_practice_images';
  info: {
    description: '\u0424\u043E\u0442\u043E\u0433\u0440\u0430\u0444\u0438\u044F \u043F\u0440\u0430\u043A\u0442\u0438\u043A\u0438 \u0441 \u043E\u043F\u0438\u0441\u0430\u043D\u0438\u0435\u043C \u0434\u043B\u044F \u0442\u0435\u0445, \u043A\u0442\u043E \u0435\u0451 \u043D\u0435 \u0432\u0438\u0434\u0438\u0442.';
    displayName: '\u0424\u043E\u0442\u043E\u0433\u0440\u0430\u0444\u0438\u044F';
    icon: 'image';
  };
  attributes: {
    alt: Schema.Attribute.String & Schema.Attribute.Required;
    caption: Schema.Attribute.String;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface PracticeLink extends Struct.ComponentSchema {
  collectionName: 'components_practice_links';
  info: {
    description: '\u041E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A \u0441\u0432\u0435\u0434\u0435\u043D\u0438\u0439 \u043E \u043F\u0440\u0430\u043A\u0442\u0438\u043A\u0435: \u043D\u0430\u0437\u0432\u0430\u043D\u0438\u0435 \u0438 \u0430\u0434\u0440\u0435\u0441 https://.';
    displayName: '\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A';
    icon: 'link';
  };
  attributes: {
    title: Schema.Attribute.String & Schema.Attribute.Required;
    url: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface PracticeOrganisation extends Struct.ComponentSchema {
  collectionName: 'components_practice_organisations';
  info: {
    description: '\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0442\u043E\u0440 \u0438\u043B\u0438 \u043F\u0430\u0440\u0442\u043D\u0451\u0440 \u043F\u0440\u0430\u043A\u0442\u0438\u043A\u0438 \u0438 \u0435\u0433\u043E \u0440\u043E\u043B\u044C.';
    displayName: '\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F';
    icon: 'house';
  };
  attributes: {
    name: Schema.Attribute.String & Schema.Attribute.Required;
    role: Schema.Attribute.String;
  };
}

export interface PracticeParticipation extends Struct.ComponentSchema {
  collectionName: 'components_practice_participations';
  info: {
    description: '\u0421\u043A\u043E\u043B\u044C\u043A\u043E \u0436\u0438\u0442\u0435\u043B\u0435\u0439 \u0443\u0447\u0430\u0441\u0442\u0432\u043E\u0432\u0430\u043B\u043E, \u0442\u0430\u043C \u0433\u0434\u0435 \u044D\u0442\u043E \u0438\u0437\u0432\u0435\u0441\u0442\u043D\u043E; \u043A\u0430\u0436\u0434\u043E\u0435 \u0447\u0438\u0441\u043B\u043E \u043D\u0435\u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E.';
    displayName: '\u0423\u0447\u0430\u0441\u0442\u0438\u0435 \u0436\u0438\u0442\u0435\u043B\u0435\u0439';
    icon: 'user';
  };
  attributes: {
    ideas: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    refinements: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    residents: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    votes: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

export interface PracticeReplication extends Struct.ComponentSchema {
  collectionName: 'components_practice_replications';
  info: {
    description: '\u0427\u0442\u043E \u043D\u0443\u0436\u043D\u043E \u0434\u0440\u0443\u0433\u043E\u043C\u0443 \u0433\u043E\u0440\u043E\u0434\u0443, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u0432\u0442\u043E\u0440\u0438\u0442\u044C \u043F\u0440\u0430\u043A\u0442\u0438\u043A\u0443.';
    displayName: '\u041A\u0430\u043A \u043F\u043E\u0432\u0442\u043E\u0440\u0438\u0442\u044C';
    icon: 'cog';
  };
  attributes: {
    approximateCost: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    conditions: Schema.Attribute.Text;
    timeline: Schema.Attribute.String;
  };
}

export interface PracticeStep extends Struct.ComponentSchema {
  collectionName: 'components_practice_steps';
  info: {
    description: '\u0427\u0442\u043E \u0441\u0434\u0435\u043B\u0430\u043B\u0438, \u043F\u043E \u043F\u043E\u0440\u044F\u0434\u043A\u0443: \u043D\u0430\u0437\u0432\u0430\u043D\u0438\u0435 \u0448\u0430\u0433\u0430 \u0438 \u0447\u0442\u043E \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E.';
    displayName: '\u0428\u0430\u0433 \u043F\u0440\u0430\u043A\u0442\u0438\u043A\u0438';
    icon: 'numberList';
  };
  attributes: {
    text: Schema.Attribute.Text & Schema.Attribute.Required;
    title: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface ProgrammeGoal extends Struct.ComponentSchema {
  collectionName: 'components_programme_goals';
  info: {
    description: '\u0426\u0435\u043B\u044C \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u044B \u0438, \u0435\u0441\u043B\u0438 \u0435\u0441\u0442\u044C, \u0435\u0451 \u0438\u0437\u043C\u0435\u0440\u0438\u043C\u044B\u0439 \u043E\u0440\u0438\u0435\u043D\u0442\u0438\u0440.';
    displayName: '\u0426\u0435\u043B\u044C \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u044B';
    icon: 'lightbulb';
  };
  attributes: {
    target: Schema.Attribute.Component<'shared.figure', false>;
    title: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface ProgrammeQuote extends Struct.ComponentSchema {
  collectionName: 'components_programme_quotes';
  info: {
    description: '\u0426\u0438\u0442\u0430\u0442\u0430 \u043E \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0435.';
    displayName: '\u0426\u0438\u0442\u0430\u0442\u0430';
    icon: 'quote';
  };
  attributes: {
    author: Schema.Attribute.String & Schema.Attribute.Required;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    text: Schema.Attribute.Text & Schema.Attribute.Required;
  };
}

export interface ProjectBudgetItem extends Struct.ComponentSchema {
  collectionName: 'components_project_budget_items';
  info: {
    description: '\u0421\u0442\u0430\u0442\u044C\u044F \u0440\u0430\u0441\u0445\u043E\u0434\u043E\u0432, \u0441\u0443\u043C\u043C\u0430 \u0432 \u0440\u0443\u0431\u043B\u044F\u0445 \u0438 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A.';
    displayName: '\u0421\u0442\u0430\u0442\u044C\u044F \u0431\u044E\u0434\u0436\u0435\u0442\u0430';
    icon: 'priceTag';
  };
  attributes: {
    amount: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    item: Schema.Attribute.String & Schema.Attribute.Required;
    source: Schema.Attribute.Enumeration<
      ['own_funds', 'grant', 'co_financing', 'other']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'own_funds'>;
  };
}

export interface ProjectIndicator extends Struct.ComponentSchema {
  collectionName: 'components_project_indicators';
  info: {
    description: '\u0418\u0437\u043C\u0435\u0440\u0438\u043C\u044B\u0439 \u043F\u043E\u043A\u0430\u0437\u0430\u0442\u0435\u043B\u044C: \u0438\u0441\u0445\u043E\u0434\u043D\u043E\u0435 \u0438 \u0446\u0435\u043B\u0435\u0432\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435.';
    displayName: '\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u0435\u043B\u044C \u044D\u0444\u0444\u0435\u043A\u0442\u0430';
    icon: 'chartPie';
  };
  attributes: {
    baseline: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    target: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    unit: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface ProjectTeamMember extends Struct.ComponentSchema {
  collectionName: 'components_project_team_members';
  info: {
    description: '\u0418\u043C\u044F \u0438 \u0440\u043E\u043B\u044C \u0432 \u043F\u0440\u043E\u0435\u043A\u0442\u0435; \u0431\u0435\u0437 \u043A\u043E\u043D\u0442\u0430\u043A\u0442\u043E\u0432.';
    displayName: '\u0423\u0447\u0430\u0441\u0442\u043D\u0438\u043A \u043A\u043E\u043C\u0430\u043D\u0434\u044B';
    icon: 'user';
  };
  attributes: {
    name: Schema.Attribute.String & Schema.Attribute.Required;
    role: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface RoundCriterion extends Struct.ComponentSchema {
  collectionName: 'components_round_criteria';
  info: {
    description: '\u041A\u0440\u0438\u0442\u0435\u0440\u0438\u0439, \u043F\u043E \u043A\u043E\u0442\u043E\u0440\u043E\u043C\u0443 \u044D\u043A\u0441\u043F\u0435\u0440\u0442\u044B \u043E\u0446\u0435\u043D\u0438\u0432\u0430\u044E\u0442 \u043F\u0440\u043E\u0435\u043A\u0442.';
    displayName: '\u041A\u0440\u0438\u0442\u0435\u0440\u0438\u0439 \u043E\u0446\u0435\u043D\u043A\u0438';
    icon: 'star';
  };
  attributes: {
    basedOnVotes: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    description: Schema.Attribute.Text;
    title: Schema.Attribute.String & Schema.Attribute.Required;
    weight: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0.01;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
  };
}

export interface RoundListItem extends Struct.ComponentSchema {
  collectionName: 'components_round_list_items';
  info: {
    description: '\u0421\u0442\u0440\u043E\u043A\u0430 \u0441\u043F\u0438\u0441\u043A\u0430: \u0447\u0442\u043E \u0441\u043E\u0434\u0435\u0440\u0436\u0438\u0442 \u0437\u0430\u044F\u0432\u043A\u0430, \u0447\u0442\u043E \u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0435\u0442 \u044D\u043A\u0441\u043F\u0435\u0440\u0442\u0438\u0437\u0430.';
    displayName: '\u041F\u0443\u043D\u043A\u0442 \u0441\u043F\u0438\u0441\u043A\u0430';
    icon: 'bulletList';
  };
  attributes: {
    note: Schema.Attribute.Text;
    title: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface RoundStage extends Struct.ComponentSchema {
  collectionName: 'components_round_stages';
  info: {
    description: '\u042D\u0442\u0430\u043F \u043E\u0442\u0431\u043E\u0440\u0430: \u0434\u0430\u0442\u044B \u0432\u043A\u043B\u044E\u0447\u0438\u0442\u0435\u043B\u044C\u043D\u043E, \u0432 \u0447\u0430\u0441\u043E\u0432\u043E\u043C \u043F\u043E\u044F\u0441\u0435 \u043E\u0442\u0431\u043E\u0440\u0430.';
    displayName: '\u042D\u0442\u0430\u043F \u043E\u0442\u0431\u043E\u0440\u0430';
    icon: 'calendar';
  };
  attributes: {
    description: Schema.Attribute.Text & Schema.Attribute.Required;
    endDate: Schema.Attribute.Date & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<
      ['collection', 'technical_review', 'main_selection', 'announcement']
    > &
      Schema.Attribute.Required;
    startDate: Schema.Attribute.Date & Schema.Attribute.Required;
    title: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface SharedFigure extends Struct.ComponentSchema {
  collectionName: 'components_shared_figures';
  info: {
    description: '\u0427\u0438\u0441\u043B\u043E \u0441 \u043F\u043E\u0434\u043F\u0438\u0441\u044C\u044E: \u00AB\u0431\u043E\u043B\u0435\u0435 300 \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432\u00BB, \u00AB8 % \u0433\u043E\u0440\u043E\u0436\u0430\u043D\u00BB. \u0421\u0430\u0439\u0442 \u0441\u0430\u043C \u0444\u043E\u0440\u043C\u0430\u0442\u0438\u0440\u0443\u0435\u0442 \u0447\u0438\u0441\u043B\u043E \u043F\u043E-\u0440\u0443\u0441\u0441\u043A\u0438.';
    displayName: '\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u0435\u043B\u044C';
    icon: 'chartPie';
  };
  attributes: {
    asOf: Schema.Attribute.Date;
    compact: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    label: Schema.Attribute.Text & Schema.Attribute.Required;
    qualifier: Schema.Attribute.Enumeration<['exact', 'more_than']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'exact'>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    value: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'platform.advantage': PlatformAdvantage;
      'practice.budget': PracticeBudget;
      'practice.budget-source': PracticeBudgetSource;
      'practice.contact': PracticeContact;
      'practice.image': PracticeImage;
      'practice.link': PracticeLink;
      'practice.organisation': PracticeOrganisation;
      'practice.participation': PracticeParticipation;
      'practice.replication': PracticeReplication;
      'practice.step': PracticeStep;
      'programme.goal': ProgrammeGoal;
      'programme.quote': ProgrammeQuote;
      'project.budget-item': ProjectBudgetItem;
      'project.indicator': ProjectIndicator;
      'project.team-member': ProjectTeamMember;
      'round.criterion': RoundCriterion;
      'round.list-item': RoundListItem;
      'round.stage': RoundStage;
      'shared.figure': SharedFigure;
    }
  }
}
