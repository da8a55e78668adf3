package org.grantwise.domain.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {

  private static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");

  private final Organisation riverside =
      new OrganisationDetails(
              "Riverside", OrganisationType.CHARITY, "SC012345", null, "1 Quay St", "Dundee")
          .toOrganisation();

  private Invitation invitation() {
    return new Invitation(
        riverside, " Colleague@Example.org ", InvitationToken.generate(), "anchor1", SENT);
  }

  @Test
  void isTakenUpByTheInvitedVerifiedAddressOnce() {
    Invitation invitation = invitation();
    invitation.accept(7L, "colleague", "colleague@example.ORG", true, SENT.plusSeconds(60));
    assertThat(invitation.status(SENT.plusSeconds(61))).isEqualTo(Invitation.Status.ACCEPTED);
    assertThat(invitation.getAcceptedBy()).isEqualTo("colleague");
    assertThatThrownBy(
            () ->
                invitation.accept(8L, "other", "colleague@example.org", true, SENT.plusSeconds(90)))
        .isInstanceOf(InvitationRefusedException.class)
        .hasMessageContaining("already been used");
  }

  @Test
  void refusesALoginWithAnotherAddress() {
    assertThatThrownBy(
            () -> invitation().accept(7L, "stranger", "stranger@example.org", true, SENT))
        .isInstanceOf(InvitationRefusedException.class)
        .hasMessageContaining("another email address");
  }

  @Test
  void refusesTheInvitedAddressUntilItIsVerified() {
    assertThatThrownBy(
            () -> invitation().accept(7L, "stranger", "colleague@example.org", false, SENT))
        .isInstanceOf(InvitationRefusedException.class)
        .hasMessageContaining("Verify your email address");
  }

  @Test
  void expiresAfterFourteenDays() {
    Invitation invitation = invitation();
    Instant late = SENT.plus(Duration.ofDays(14));
    assertThat(invitation.status(late.minusSeconds(1))).isEqualTo(Invitation.Status.OPEN);
    assertThat(invitation.status(late)).isEqualTo(Invitation.Status.EXPIRED);
    assertThatThrownBy(() -> invitation.accept(7L, "c", "colleague@example.org", true, late))
        .isInstanceOf(InvitationRefusedException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void aRevokedInvitationCannotBeTakenUp() {
    Invitation invitation = invitation();
    invitation.revoke("anchor1", SENT.plusSeconds(5));
    assertThat(invitation.status(SENT.plusSeconds(6))).isEqualTo(Invitation.Status.REVOKED);
    assertThatThrownBy(
            () -> invitation.accept(7L, "c", "colleague@example.org", true, SENT.plusSeconds(10)))
        .isInstanceOf(InvitationRefusedException.class)
        .hasMessageContaining("withdrawn");
  }

  @Test
  void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
    InvitationToken a = InvitationToken.generate();
    InvitationToken b = InvitationToken.generate();
    assertThat(a.value()).hasSize(43).isNotEqualTo(b.value());
    assertThat(a.hash()).hasSize(64).isNotEqualTo(a.value()).isEqualTo(a.hash());
    assertThat(InvitationToken.parse("short")).isEmpty();
    assertThat(InvitationToken.parse(a.value())).contains(a);
    assertThat(a.toString()).doesNotContain(a.value());
  }
}
