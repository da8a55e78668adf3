package org.grantwise.domain.model.organisation;

import java.util.ArrayList;
import java.util.List;
import org.grantwise.domain.model.shared.FieldError;

/** What a new organisation tells us about itself when it signs up. */
public record OrganisationDetails(
    String name,
    OrganisationType type,
    String charityNumber,
    String companyNumber,
    String address,
    String area) {

  /** Problems with the details, each naming its field; empty when they may be registered. */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (blank(name)) {
      errors.add(new FieldError("name", "Enter your organisation's name"));
    } else if (name.length() > 200) {
      errors.add(new FieldError("name", "Organisation name must be 200 characters or fewer"));
    }
    if (type == null) {
      errors.add(new FieldError("type", "Select the type of organisation"));
    }
    if (!blank(charityNumber) && !CharityNumber.isValid(charityNumber)) {
      errors.add(
          new FieldError(
              "charityNumber",
              "Enter a Scottish charity number as SC followed by 6 digits, like SC012345"));
    } else if (type == OrganisationType.CHARITY && blank(charityNumber)) {
      errors.add(new FieldError("charityNumber", "Enter your Scottish charity number"));
    }
    if (!blank(companyNumber)) {
      try {
        CompanyNumber.of(companyNumber);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("companyNumber", e.getMessage()));
      }
    } else if (type == OrganisationType.COMPANY) {
      errors.add(new FieldError("companyNumber", "Enter your company number"));
    }
    if (address != null && address.length() > 500) {
      errors.add(new FieldError("address", "Address must be 500 characters or fewer"));
    }
    if (blank(area)) {
      errors.add(new FieldError("area", "Enter the area your organisation serves"));
    } else if (area.length() > 200) {
      errors.add(new FieldError("area", "Area must be 200 characters or fewer"));
    }
    return errors;
  }

  public Organisation toOrganisation() {
    return new Organisation(
        name.trim(),
        type,
        blank(charityNumber) ? null : CharityNumber.of(charityNumber),
        blank(companyNumber) ? null : CompanyNumber.of(companyNumber),
        address,
        area.trim());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
