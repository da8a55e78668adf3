package org.grantwise.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  @Test
  void learnsTheKeycloakIdOnFirstLogin() {
    UserAccount account = new UserAccount(null, "anchor1", null);
    account.recordLogin("kc-1", "a@example.org", Instant.EPOCH);
    assertThat(account.getKeycloakUserId()).isEqualTo("kc-1");
    assertThat(account.getEmail()).isEqualTo("a@example.org");
    assertThat(account.getLastLoginAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void refusesALoginFromAnotherKeycloakUserWithTheSameName() {
    UserAccount account = new UserAccount("kc-1", "anchor1", null);
    assertThatThrownBy(() -> account.recordLogin("kc-2", null, Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class);
  }
}
