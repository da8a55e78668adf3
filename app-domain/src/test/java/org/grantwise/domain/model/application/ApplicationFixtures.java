package org.grantwise.domain.model.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwise.domain.model.application.ApplicationForm.BehaviourChange;
import org.grantwise.domain.model.application.ApplicationForm.BudgetLine;
import org.grantwise.domain.model.application.ApplicationForm.BudgetYear;
import org.grantwise.domain.model.application.ApplicationForm.CoProduction;
import org.grantwise.domain.model.application.ApplicationForm.Declarations;
import org.grantwise.domain.model.application.ApplicationForm.Focus;
import org.grantwise.domain.model.application.ApplicationForm.Partner;
import org.grantwise.domain.model.application.ApplicationForm.TheoryOfChange;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;

/** A complete application and the vocabularies and round it is checked against. */
public final class ApplicationFixtures {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  static final FundingRound ROUND =
      new FundingRound(
          "Round", TODAY.minusDays(10), TODAY.plusMonths(4), new BigDecimal("50000.00"), 3);

  static final VocabularyIndex VOCABULARIES =
      VocabularyIndex.of(
          Map.ofEntries(
              Map.entry(Vocabulary.THEME, Set.of("ADVICE_SUPPORT", "TRAINING_UPSKILLING")),
              Map.entry(Vocabulary.PRIORITY, Set.of("TACKLING_POVERTY", "SOCIAL_INCLUSION")),
              Map.entry(Vocabulary.DOMAIN, Set.of("EMPLOYMENT", "FOOD")),
              Map.entry(Vocabulary.CO_PRODUCTION_MODEL, Set.of("PROGRESSION", "TRADITIONAL")),
              Map.entry(Vocabulary.CO_PRODUCTION_LEVEL, Set.of("CONSULTED", "CO_DELIVERY")),
              Map.entry(Vocabulary.CONTEXT, Set.of("MADE_WELCOME")),
              Map.entry(Vocabulary.MECHANISM, Set.of("CONFIDENCE")),
              Map.entry(Vocabulary.SHORT_TERM_OUTCOME, Set.of("SKILLS_KNOWLEDGE")),
              Map.entry(Vocabulary.LONG_TERM_OUTCOME, Set.of("EMPLOYMENT")),
              Map.entry(Vocabulary.PARTNER_ROLE, Set.of("REFERRAL")),
              Map.entry(Vocabulary.BUDGET_CATEGORY, Set.of("STAFF", "VENUE"))));

  private ApplicationFixtures() {}

  public static ApplicationForm complete() {
    return new ApplicationForm(
        "Skills café",
        "A weekly café where residents learn digital skills.",
        "Many residents cannot apply for jobs online.",
        "Dundee East",
        List.of("Unemployed adults"),
        LocalDate.of(2027, 4, 1),
        24,
        List.of("TACKLING_POVERTY"),
        "TRAINING_UPSKILLING",
        List.of("ADVICE_SUPPORT"),
        List.of("EMPLOYMENT"),
        "PROGRESSION",
        new CoProduction(
            "Door-to-door survey",
            "Residents' panel",
            "Volunteer tutors",
            "Joint review",
            "CONSULTED",
            "CO_DELIVERY"),
        new BehaviourChange("Courses", "Placements", "Peer mentors", new Focus(50, 30, 20)),
        new TheoryOfChange(
            List.of("MADE_WELCOME"),
            List.of("CONFIDENCE"),
            List.of("SKILLS_KNOWLEDGE"),
            List.of("EMPLOYMENT"),
            "Welcome builds confidence, which leads to skills and jobs."),
        List.of(new Partner("Job Centre", "REFERRAL", "jc@example.org")),
        List.of(
            new BudgetYear(
                1,
                List.of(new BudgetLine("STAFF", "Tutor", new BigDecimal("30000.00"))),
                new BigDecimal("25000.00")),
            new BudgetYear(
                2,
                List.of(new BudgetLine("VENUE", "Hall hire", new BigDecimal("8000.50"))),
                new BigDecimal("8000.50"))),
        new Declarations(true));
  }
}
