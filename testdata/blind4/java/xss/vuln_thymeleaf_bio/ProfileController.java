package com.example.social.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class ProfileController {

    private final MemberRepository members;

    public ProfileController(MemberRepository members) {
        this.members = members;
    }

    @GetMapping("/u/{handle}")
    public String show(@PathVariable String handle, Model model) {
        Member m = members.findByHandle(handle).orElseThrow(NotFound::new);
        model.addAttribute("member", m);
        model.addAttribute("bio", m.getBio());
        return "profile";
    }
}
