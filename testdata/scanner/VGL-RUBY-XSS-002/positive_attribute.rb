module ProfilesHelper
  def bio(user)
    user.bio.html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def banner
    @banner_html.html_safe # vigil:expect VGL-RUBY-XSS-002
  end
end
