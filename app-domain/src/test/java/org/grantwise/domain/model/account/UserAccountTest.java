package org.grantwise.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  @Test
  void recordsTheLoginsOwnEmailAndTime() {
    UserAccount account = new UserAccount("kc-1", "anchor1", null);
    account.recordLogin("kc-1", "a@example.org", Instant.EPOCH);
    assertThat(account.getEmail()).isEqualTo("a@example.org");
    assertThat(account.getLastLoginAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void cannotBeMadeWithoutAKeycloakSubject() {
    assertThatThrownBy(() -> new UserAccount(null, "loadanchor01", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusesALoginFromAnotherKeycloakUserWithTheSameName() {
    UserAccount account = new UserAccount("kc-1", "anchor1", null);
    assertThatThrownBy(() -> account.recordLogin("kc-2", null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReplacedAccountKeepsItsUsernameAndTheFirstReplacementTime() {
    UserAccount account = new UserAccount("kc-1", "anchor1", null);
    account.replace(Instant.EPOCH);
    account.replace(Instant.EPOCH.plusSeconds(60));
    assertThat(account.isReplaced()).isTrue();
    assertThat(account.getUsername()).isEqualTo("anchor1");
  }
}
