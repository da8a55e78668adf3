package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.monitoring.Labels;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.monitoring.OutcomeRecordRepository;
import org.grantwise.domain.model.monitoring.OutcomeRecordRules;
import org.grantwise.domain.model.monitoring.OutcomeRowReader;
import org.grantwise.domain.model.monitoring.RecordError;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Monitoring of funded projects: outcome records in and out, one at a time, in batches or from a
 * file, and a respondent's erasure. Only the project's organisation and the fund's staff see a
 * project's records; to anyone else the project does not exist.
 */
@Stateless
@Audited
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class MonitoringService {

  /** Records in one batch or file; a 100,000-row file is the volume the fund plans for. */
  public static final int MAX_RECORDS = 200_000;

  /** Problems listed at most; past that, the first ones are enough to fix the file. */
  public static final int MAX_PROBLEMS = 1_000;

  private static final int PREVIEW = 10;

  @Inject AccessPolicy access;

  @Inject OutcomeRecordRepository records;

  @Inject AssessmentRepository assessments;

  @Inject VocabularyRepository vocabularies;

  private final Clock clock = Clock.systemUTC();

  /** The funded project, if the caller may see its monitoring. */
  public FundedProject project(String projectRef) {
    return visible(projectRef);
  }

  /** Stores a batch all or nothing: new identities are created, known ones replaced. */
  public OutcomeRecordRepository.Saved save(String projectRef, List<OutcomeRecord> batch) {
    FundedProject project = recordedByCaller(projectRef);
    if (batch.size() > MAX_RECORDS) {
      throw new RecordsRejectedException(
          List.of(
              new RecordError(
                  MAX_RECORDS, "record", "Send at most " + MAX_RECORDS + " records at once")));
    }
    List<RecordError> problems = rules(project).checkAll(batch, i -> "index " + i);
    if (!problems.isEmpty()) {
      throw new RecordsRejectedException(problems);
    }
    return records.upsert(project.getId(), batch, access.caller(), clock.instant());
  }

  /** Checks a batch against the rules without writing anything (for merging with input errors). */
  public List<RecordError> check(String projectRef, List<OutcomeRecord> batch) {
    FundedProject project = visible(projectRef);
    return rules(project).checkAll(batch, i -> "index " + i);
  }

  /** Stores one record (the form); its problems name its fields. */
  public OutcomeRecordRepository.Saved saveOne(String projectRef, OutcomeRecord record) {
    try {
      return save(projectRef, List.of(record));
    } catch (RecordsRejectedException e) {
      throw new ValidationFailedException(
          e.errors().stream().map(r -> new FieldError(r.field(), r.message())).toList());
    }
  }

  public record RecordPage(List<OutcomeRecord> records, long total, int page, int size)
      implements java.io.Serializable {}

  public RecordPage records(String projectRef, int page, int size) {
    FundedProject project = visible(projectRef);
    int pageSize = Math.max(1, Math.min(size, 1000));
    int pageNumber = Math.max(0, page);
    return new RecordPage(
        records.page(project.getId(), pageNumber, pageSize),
        records.count(project.getId()),
        pageNumber,
        pageSize);
  }

  public void delete(String projectRef, long id) {
    FundedProject project = recordedByCaller(projectRef);
    if (!records.delete(project.getId(), id)) {
      throw new NotFoundException("There is no outcome record " + id + " in " + projectRef);
    }
  }

  /**
   * A respondent's request to be forgotten: their records keep their answers for the statistics but
   * lose the code that links them to the person.
   */
  public int erase(String projectRef, String respondentRef) {
    FundedProject project = visible(projectRef);
    if (!mayErase()) {
      throw new NotAllowedException(
          "Only the project's organisation or an administrator erases a respondent");
    }
    if (respondentRef == null
        || respondentRef.isBlank()
        || respondentRef.startsWith(OutcomeRecordRules.ANONYMOUS_PREFIX)) {
      throw new ValidationFailedException(
          List.of(new FieldError("respondentRef", "Give the code of the respondent to erase")));
    }
    int erased = records.erase(project.getId(), respondentRef.strip(), clock.instant());
    if (erased == 0) {
      throw new NotFoundException(
          "There are no records of respondent " + respondentRef + " in " + projectRef);
    }
    return erased;
  }

  /** Reads and checks an import file without saving anything. */
  public ImportReport checkImport(String projectRef, List<String> header, List<SheetRow> rows) {
    FundedProject project = visible(projectRef);
    return read(project, header, rows).report;
  }

  /** Saves an import file, all or nothing; any problem rejects the whole file with the report. */
  public OutcomeRecordRepository.Saved importFile(
      String projectRef, List<String> header, List<SheetRow> rows) {
    FundedProject project = recordedByCaller(projectRef);
    Read read = read(project, header, rows);
    if (!read.report.isValid()) {
      throw new ImportRejectedException(read.report);
    }
    return records.upsert(project.getId(), read.records, access.caller(), clock.instant());
  }

  /** One row of a file: its number as the file counts (the header is row 1) and its cells. */
  public record SheetRow(int number, List<String> cells) implements java.io.Serializable {}

  private record Read(ImportReport report, List<OutcomeRecord> records) {}

  private Read read(FundedProject project, List<String> header, List<SheetRow> rows) {
    List<ImportReport.Problem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(
          new ImportReport.Problem(
              1, "file", "The file has no records: add one row per record under the header"));
    }
    if (rows.size() > MAX_RECORDS) {
      problems.add(
          new ImportReport.Problem(
              1, "file", "A file can hold at most " + MAX_RECORDS + " records; split it"));
    }
    List<FieldError> headerProblems = new ArrayList<>();
    Labels labels = Labels.of(vocabularies.findAllActive());
    OutcomeRowReader reader = OutcomeRowReader.forHeader(header, labels, headerProblems);
    headerProblems.forEach(e -> problems.add(new ImportReport.Problem(1, e.field(), e.message())));
    if (!problems.isEmpty()) {
      return new Read(new ImportReport(rows.size(), List.of(), problems), List.of());
    }
    List<OutcomeRecord> read = new ArrayList<>(rows.size());
    List<List<FieldError>> readProblems = new ArrayList<>(rows.size());
    for (SheetRow row : rows) {
      OutcomeRowReader.Row r = reader.read(row.number(), row.cells());
      read.add(r.record());
      readProblems.add(r.problems());
    }
    List<RecordError> ruleProblems =
        rules(project).checkAll(read, i -> "row " + rows.get(i).number());
    int next = 0;
    for (int i = 0; i < rows.size() && problems.size() < MAX_PROBLEMS; i++) {
      Set<String> columns = new HashSet<>();
      for (FieldError e : readProblems.get(i)) {
        columns.add(e.field());
        problems.add(new ImportReport.Problem(rows.get(i).number(), e.field(), e.message()));
      }
      while (next < ruleProblems.size() && ruleProblems.get(next).index() == i) {
        RecordError e = ruleProblems.get(next++);
        // The cell could not be read at all: its reading problem says it better.
        if (!columns.contains(e.field())) {
          problems.add(new ImportReport.Problem(rows.get(i).number(), e.field(), e.message()));
        }
      }
    }
    ImportReport report =
        new ImportReport(
            rows.size(),
            List.copyOf(read.subList(0, Math.min(PREVIEW, read.size()))),
            List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))));
    return new Read(report, read);
  }

  // --- helpers -------------------------------------------------------------------------------

  private OutcomeRecordRules rules(FundedProject project) {
    List<VocabularyTerm> terms = vocabularies.findAllActive();
    LocalDate start = project.getStartDate();
    LocalDate end = start.plusMonths(12L * Math.max(1, project.getAmounts().size())).minusDays(1);
    return new OutcomeRecordRules(new VocabularyIndex(terms), start, end, LocalDate.now(clock));
  }

  private FundedProject visible(String projectRef) {
    NotFoundException notFound =
        new NotFoundException("There is no funded project " + projectRef + " that you can see");
    FundedProject project = assessments.project(projectRef).orElseThrow(() -> notFound);
    if (access.isFundStaff()) {
      return project;
    }
    boolean released =
        assessments.decision(project.getApplicationId()).map(Decision::isReleased).orElse(false);
    if (!access.isMemberOf(project.getOrganisationId()) || !released) {
      throw notFound;
    }
    return project;
  }

  /**
   * The project, if the caller records its outcomes: a member of its organisation. Fund staff read
   * the records but never write them.
   */
  private FundedProject recordedByCaller(String projectRef) {
    FundedProject project = visible(projectRef);
    if (access.isFundStaff()) {
      throw new NotAllowedException("Only the project's organisation records its outcomes");
    }
    return project;
  }

  /** Whether the caller may erase a respondent of a project they can see. */
  public boolean mayErase() {
    return !access.isFundStaff() || access.isAdmin();
  }

  /** Whether the caller records outcomes (of the projects they can see). */
  public boolean mayRecord() {
    return !access.isFundStaff();
  }
}
