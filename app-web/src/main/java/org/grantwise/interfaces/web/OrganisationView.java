package org.grantwise.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.grantwise.application.OrganisationService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.organisation.Invitation;
import org.grantwise.domain.model.organisation.OrganisationDetails;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.grantwise.domain.model.shared.FieldError;

/** Signing up an organisation and inviting colleagues to it. */
@Named
@ViewScoped
public class OrganisationView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisations;

  private String name;
  private OrganisationType type;
  private String charityNumber;
  private String companyNumber;
  private String address;
  private String area;
  private String email;
  private String invited;
  private List<FieldError> errors = List.of();

  public String register() {
    try {
      organisations.register(
          new OrganisationDetails(name, type, charityNumber, companyNumber, address, area));
      return "/applicant/index?faces-redirect=true";
    } catch (ValidationFailedException e) {
      errors = e.errors();
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  public void invite() {
    try {
      invited = organisations.invite(email).getEmail();
      email = null;
      errors = List.of();
    } catch (ValidationFailedException e) {
      errors = e.errors();
      invited = null;
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<Invitation> getInvitations() {
    return organisations.invitations();
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  @Override
  public String anchor(String field) {
    return "type".equals(field) ? "type:0" : field;
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }

  public String getCharityNumber() {
    return charityNumber;
  }

  public void setCharityNumber(String charityNumber) {
    this.charityNumber = charityNumber;
  }

  public String getCompanyNumber() {
    return companyNumber;
  }

  public void setCompanyNumber(String companyNumber) {
    this.companyNumber = companyNumber;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getInvited() {
    return invited;
  }
}
