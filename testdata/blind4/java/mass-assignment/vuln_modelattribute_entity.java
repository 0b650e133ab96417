package com.example.accounts.web;

import com.example.accounts.domain.UserAccount;
import com.example.accounts.repo.UserAccountRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class AccountSettingsController {

    private final UserAccountRepository accounts;

    public AccountSettingsController(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    // UserAccount has displayName, email, role and creditLimit columns.
    @PostMapping("/settings/account")
    public String save(@ModelAttribute UserAccount account) {
        accounts.save(account); // LABEL: CWE-915
        return "redirect:/settings/account?saved";
    }
}
