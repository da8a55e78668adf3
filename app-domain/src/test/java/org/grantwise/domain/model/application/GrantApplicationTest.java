package org.grantwise.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantwise.domain.model.application.ApplicationFixtures.ROUND;
import static org.grantwise.domain.model.application.ApplicationFixtures.VOCABULARIES;
import static org.grantwise.domain.model.application.ApplicationFixtures.complete;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.grantwise.domain.model.organisation.CharityNumber;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.grantwise.domain.model.shared.FieldError;
import org.junit.jupiter.api.Test;

class GrantApplicationTest {

  private static final Instant NOW =
      ApplicationFixtures.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

  private static Organisation organisation(boolean verified) {
    Organisation o =
        new Organisation(
            "Anchor", OrganisationType.CHARITY, CharityNumber.of("SC012345"), null, null, null);
    if (verified) {
      o.verify();
    }
    return o;
  }

  private static GrantApplication draft(boolean verified) {
    return new GrantApplication("GW-2026-01001", organisation(verified), ROUND, "anchor1", NOW);
  }

  private static void attachRequiredDocuments(GrantApplication application) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.isRequired()) {
        application.attach(kind, kind + ".pdf", FileType.PDF, 10, "0".repeat(64), "anchor1", NOW);
      }
    }
  }

  @Test
  void submittingNeedsTheThreeRequiredDocuments() {
    GrantApplication application = draft(true);
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    assertThat(application.submit(VOCABULARIES, "anchor1", NOW))
        .extracting(FieldError::field)
        .containsExactly(
            "documents.GOVERNING_DOCUMENT", "documents.ACCOUNTS", "documents.SAFEGUARDING_POLICY");
    attachRequiredDocuments(application);
    assertThat(application.submit(VOCABULARIES, "anchor1", NOW)).isEmpty();
  }

  @Test
  void documentsCannotBeAddedAfterSubmitting() {
    GrantApplication application = draft(true);
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    attachRequiredDocuments(application);
    application.submit(VOCABULARIES, "anchor1", NOW);
    assertThatThrownBy(
            () ->
                application.attach(
                    DocumentKind.OTHER, "late.pdf", FileType.PDF, 1, "x", "anchor1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class);
  }

  @Test
  void anApplicationHasAtMost20Documents() {
    GrantApplication application = draft(true);
    for (int i = 1; i <= GrantApplication.MOST_DOCUMENTS; i++) {
      application.attach(DocumentKind.OTHER, i + ".pdf", FileType.PDF, 1, "x", "anchor1", NOW);
    }
    assertThatThrownBy(
            () ->
                application.attach(
                    DocumentKind.OTHER, "21.pdf", FileType.PDF, 1, "x", "anchor1", NOW))
        .isInstanceOf(TooManyDocumentsException.class)
        .hasMessage("An application can have at most 20 documents");
    assertThat(application.getDocuments()).hasSize(20);
  }

  @Test
  void aNewApplicationIsADraftWithAnAuditEntry() {
    GrantApplication application = draft(true);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(application.getEvents())
        .extracting(ApplicationEvent::getType)
        .containsExactly("CREATED");
  }

  @Test
  void submittingFreezesTheFormAsVersionOne() {
    GrantApplication application = draft(true);
    assertThat(application.update(complete(), VOCABULARIES, "anchor1", NOW)).isEmpty();
    attachRequiredDocuments(application);
    assertThat(application.submit(VOCABULARIES, "anchor2", NOW)).isEmpty();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application.getVersions()).hasSize(1);
    assertThat(application.getVersions().get(0).getForm()).isEqualTo(complete());
    assertThat(application.getSubmittedAt()).isEqualTo(NOW);
  }

  @Test
  void aSubmittedApplicationCanBeNeitherChangedNorSubmittedAgain() {
    GrantApplication application = draft(true);
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    attachRequiredDocuments(application);
    application.submit(VOCABULARIES, "anchor1", NOW);
    assertThatThrownBy(() -> application.submit(VOCABULARIES, "anchor1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("already been submitted");
    assertThatThrownBy(() -> application.update(complete(), VOCABULARIES, "anchor1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class);
    assertThat(application.getVersions()).hasSize(1);
  }

  @Test
  void anUnverifiedOrganisationCannotSubmit() {
    GrantApplication application = draft(false);
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    attachRequiredDocuments(application);
    assertThat(application.submit(VOCABULARIES, "anchor1", NOW))
        .extracting(FieldError::field)
        .containsExactly("organisation");
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void aBadSaveChangesNothing() {
    GrantApplication application = draft(true);
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    ApplicationForm bad = ApplicationRulesTest.withTheme(complete(), "<script>");
    assertThat(application.update(bad, VOCABULARIES, "anchor1", NOW)).isNotEmpty();
    assertThat(application.getForm()).isEqualTo(complete());
  }

  @Test
  void withdrawnIsFinal() {
    GrantApplication application = draft(true);
    application.withdraw("anchor1", NOW, "No longer needed", false);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThatThrownBy(() -> application.withdraw("anchor1", NOW, null, false))
        .isInstanceOf(IllegalStatusChangeException.class);
  }

  private static GrantApplication underAssessment() {
    GrantApplication application = draft(true);
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    attachRequiredDocuments(application);
    assertThat(application.submit(VOCABULARIES, "anchor1", NOW)).isEmpty();
    application.beginAssessment("officer1", NOW);
    return application;
  }

  @Test
  void anApplicationUnderAssessmentCanBeWithdrawnUntilADecisionIsRecorded() {
    GrantApplication undecided = underAssessment();
    undecided.withdraw("anchor1", NOW, "Other funding", false);
    assertThat(undecided.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);

    GrantApplication decided = underAssessment();
    assertThatThrownBy(() -> decided.withdraw("anchor1", NOW, "Other funding", true))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("being released");
    assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.UNDER_ASSESSMENT);
    assertThat(decided.getEvents())
        .extracting(ApplicationEvent::getType)
        .doesNotContain("WITHDRAWN");
    assertThat(decided.whyNotConcludable()).isEmpty();
  }

  @Test
  void aDecisionConcludesOnlyAnApplicationStillUnderAssessment() {
    GrantApplication withdrawn = underAssessment();
    withdrawn.withdraw("anchor1", NOW, null, false);
    assertThat(withdrawn.whyNotConcludable())
        .hasValueSatisfying(r -> assertThat(r).contains("withdrawn"));
    assertThatThrownBy(() -> withdrawn.conclude(true, "manager1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("withdrawn");
    assertThat(withdrawn.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);

    GrantApplication awarded = underAssessment();
    awarded.conclude(true, "manager1", NOW);
    assertThat(awarded.getStatus()).isEqualTo(ApplicationStatus.AWARDED);
    assertThat(awarded.whyNotConcludable()).isPresent();
  }

  @Test
  void completeSectionsFollowTheSubmitRules() {
    GrantApplication application = draft(true);
    assertThat(application.completeSections(VOCABULARIES, LocalDate.of(2026, 11, 25))).isEmpty();
    application.update(complete(), VOCABULARIES, "anchor1", NOW);
    attachRequiredDocuments(application);
    assertThat(application.completeSections(VOCABULARIES, LocalDate.of(2026, 11, 25)))
        .containsExactly(Section.values());
  }

  @Test
  void theStatusMachineAllowsOnlyItsOwnMoves() {
    assertThat(ApplicationStatus.DRAFT.canMoveTo(ApplicationStatus.AWARDED)).isFalse();
    assertThat(ApplicationStatus.UNDER_ASSESSMENT.canMoveTo(ApplicationStatus.CHANGES_REQUESTED))
        .isTrue();
    assertThat(ApplicationStatus.CHANGES_REQUESTED.canMoveTo(ApplicationStatus.RESUBMITTED))
        .isTrue();
    assertThat(ApplicationStatus.AWARDED.next()).isEmpty();
  }
}
