package com.example.accounts.web;

import com.example.accounts.domain.UserAccount;
import com.example.accounts.repo.UserAccountRepository;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class AccountSettingsController {

    public static class AccountForm {
        private String displayName;
        private String email;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    private final UserAccountRepository accounts;

    public AccountSettingsController(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/settings/account")
    public String save(@ModelAttribute AccountForm form, Principal principal) {
        UserAccount account = accounts.findByUsername(principal.getName()).orElseThrow();
        account.setDisplayName(form.getDisplayName());
        account.setEmail(form.getEmail());
        accounts.save(account);
        return "redirect:/settings/account?saved";
    }
}
