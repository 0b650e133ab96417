require "octokit"

class ReleaseNotifier
  TOKEN = "ghp_R8bX2kLq9VtW4mZc7NfJ1sYd5HpA3eGu6oKi" # LABEL: CWE-798

  def initialize(repo)
    @repo = repo
    @client = Octokit::Client.new(access_token: TOKEN)
  end

  def latest
    @client.latest_release(@repo).tag_name
  end
end
