module BadgeHelper
  def badge_for(user)
    "<span class=\"badge\">#{ERB::Util.unwrapped_html_escape(user.display_name)}</span>".html_safe
  end
end
