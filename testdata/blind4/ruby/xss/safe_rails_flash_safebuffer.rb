module NoticesHelper
  def welcome_notice(user)
    name = user.display_name
    name = "there" if name.blank?
    notice = "<p class=\"welcome\">Hi ".html_safe + name + "</p>".html_safe
    notice
  end

  def invite_notice(invite)
    tag.p(class: "invite") do
      "#{invite.inviter_name} invited you to #{invite.team_name}"
    end
  end
end
