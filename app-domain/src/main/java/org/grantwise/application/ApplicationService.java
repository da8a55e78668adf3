package org.grantwise.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.FieldError;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.Section;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.round.RoundStatus;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;

/**
 * The applicant's use cases. Members of the owning organisation may change an application; officers
 * and managers may read it; everyone else is told it does not exist.
 */
@Stateless
public class ApplicationService {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Resource SessionContext session;

  @Inject ApplicationRepository applications;

  @Inject FundingRoundRepository rounds;

  @Inject UserAccountRepository accounts;

  @Inject VocabularyRepository vocabularies;

  private final Clock clock = Clock.systemUTC();

  /** Starts a draft for the caller's organisation, optionally with some of the form filled. */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication start(long roundId, ApplicationForm initial) {
    Organisation organisation =
        callerOrganisation()
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        List.of(
                            new FieldError(
                                "organisation",
                                "Give your organisation's details before you apply"))));
    FundingRound round = openRound(roundId);
    GrantApplication application =
        new GrantApplication(
            applications.nextReference(LocalDate.now(clock).getYear()),
            organisation,
            round,
            caller(),
            clock.instant());
    if (initial != null) {
      List<FieldError> problems =
          application.update(initial, vocabularyIndex(), caller(), clock.instant());
      if (!problems.isEmpty()) {
        throw new ValidationFailedException(problems);
      }
    }
    return loaded(applications.store(application));
  }

  /** An application the caller may see, with its round and organisation loaded. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public GrantApplication get(long id) {
    return loaded(visible(id));
  }

  /** Loads what callers outside the transaction read (round, organisation, history). */
  private static GrantApplication loaded(GrantApplication application) {
    application.getRound().getName();
    application.getOrganisation().getName();
    application.getVersions().size();
    application.getEvents().size();
    return application;
  }

  /** The caller's organisation's applications, the most recently changed first. */
  @RolesAllowed(Role.Names.APPLICANT)
  public List<GrantApplication> mine() {
    return callerOrganisation()
        .map(o -> applications.findByOrganisation(o.getId()))
        .orElse(List.of());
  }

  /**
   * Saves a new form (and, for a draft, perhaps another round). {@code expectedVersion} is the
   * version the caller loaded; if a colleague saved since, nothing is saved.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication update(
      long id, Long expectedVersion, ApplicationForm form, Long roundId) {
    GrantApplication application = ownedByCaller(id);
    if (expectedVersion != null && expectedVersion != application.getVersion()) {
      throw new StaleApplicationException();
    }
    if (roundId != null && !roundId.equals(application.getRound().getId())) {
      application.moveToRound(openRound(roundId), caller(), clock.instant());
    }
    List<FieldError> problems =
        application.update(form, vocabularyIndex(), caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return loaded(application);
  }

  /** Submits; every problem across all sections is reported at once. */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication submit(long id) {
    GrantApplication application = ownedByCaller(id);
    List<FieldError> problems = application.submit(vocabularyIndex(), caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return loaded(application);
  }

  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication withdraw(long id, String reason) {
    GrantApplication application = ownedByCaller(id);
    application.withdraw(caller(), clock.instant(), reason);
    return loaded(application);
  }

  /** Which sections meet the submit rules now, for the task list. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public List<Section> completeSections(long id) {
    return visible(id).completeSections(vocabularyIndex(), LocalDate.now(clock.withZone(UK)));
  }

  /** What would stop a submission now (empty when it can be submitted). */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public List<FieldError> problemsBeforeSubmit(long id) {
    GrantApplication application = visible(id);
    return org.grantwise.domain.model.application.ApplicationRules.checkComplete(
        application.getForm(),
        application.getRound(),
        LocalDate.now(clock.withZone(UK)),
        vocabularyIndex());
  }

  private GrantApplication visible(long id) {
    GrantApplication application =
        applications.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
    if (session.isCallerInRole(Role.Names.OFFICER) || session.isCallerInRole(Role.Names.MANAGER)) {
      return application;
    }
    Optional<Organisation> mine = callerOrganisation();
    if (mine.isEmpty() || !application.belongsTo(mine.get().getId())) {
      throw new ApplicationNotFoundException(id);
    }
    return application;
  }

  private GrantApplication ownedByCaller(long id) {
    GrantApplication application =
        applications.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
    Optional<Organisation> mine = callerOrganisation();
    if (mine.isEmpty() || !application.belongsTo(mine.get().getId())) {
      throw new ApplicationNotFoundException(id);
    }
    return application;
  }

  private FundingRound openRound(long roundId) {
    FundingRound round =
        rounds
            .find(roundId)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        List.of(
                            new FieldError("roundId", "Select a funding round from the list"))));
    if (round.statusOn(LocalDate.now(clock.withZone(UK))) != RoundStatus.OPEN) {
      throw new ValidationFailedException(
          List.of(new FieldError("roundId", "This funding round is not open for applications")));
    }
    return round;
  }

  private Optional<Organisation> callerOrganisation() {
    return accounts.findByUsername(caller()).flatMap(UserAccount::organisation);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private VocabularyIndex vocabularyIndex() {
    return new VocabularyIndex(vocabularies.findAllActive());
  }
}
