package org.grantwise.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/** An applicant body. Its members share its applications; an officer verifies it once. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "org_type")
  private OrganisationType type;

  @Column(name = "charity_number")
  private String charityNumber;

  @Column(name = "company_number")
  private String companyNumber;

  @Size(max = 500)
  private String address;

  @Size(max = 200)
  private String area;

  private boolean verified;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(
      String name,
      OrganisationType type,
      CharityNumber charityNumber,
      CompanyNumber companyNumber,
      String address,
      String area) {
    this.name = name;
    this.type = type;
    this.charityNumber = charityNumber == null ? null : charityNumber.value();
    this.companyNumber = companyNumber == null ? null : companyNumber.value();
    this.address = address;
    this.area = area;
  }

  /** Marks the organisation as checked by an officer; its applications may then be submitted. */
  public void verify() {
    this.verified = true;
  }

  /** An officer has checked the organisation's details against the registers. */
  public void verify(String officer, Instant at) {
    if (verified) {
      throw new IllegalStateException(name + " is already verified");
    }
    verify();
    this.verifiedBy = officer;
    this.verifiedAt = at;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getCharityNumber() {
    return charityNumber;
  }

  public String getCompanyNumber() {
    return companyNumber;
  }

  /** The 360Giving identifier for pages (empty when the organisation has no registration). */
  public String getOrgIdText() {
    return orgId().orElse("");
  }

  public Optional<CharityNumber> charityNumber() {
    return Optional.ofNullable(charityNumber).map(CharityNumber::of);
  }

  public Optional<CompanyNumber> companyNumber() {
    return Optional.ofNullable(companyNumber).map(CompanyNumber::of);
  }

  /**
   * The 360Giving org-id: the charity registration where there is one (it is the more specific
   * identity for a community anchor), otherwise the company registration.
   */
  public Optional<String> orgId() {
    return charityNumber()
        .map(CharityNumber::orgId)
        .or(() -> companyNumber().map(CompanyNumber::orgId));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public OrganisationType getType() {
    return type;
  }

  public String getAddress() {
    return address;
  }

  public String getArea() {
    return area;
  }

  public boolean isVerified() {
    return verified;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
