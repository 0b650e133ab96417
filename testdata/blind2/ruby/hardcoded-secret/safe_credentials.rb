require "octokit"

class ReleaseNotifier
  # The token lives in Rails credentials under github.release_token.
  def initialize(repo)
    @repo = repo
    @client = Octokit::Client.new(access_token: Rails.application.credentials.dig(:github, :release_token))
  end

  def latest
    @client.latest_release(@repo).tag_name
  end
end
