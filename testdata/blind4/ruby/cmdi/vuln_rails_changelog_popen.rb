class ChangelogsController < ApplicationController
  before_action :authenticate_user!

  class GitLog
    REPO = Rails.root.join("vendor", "product-repo").to_s

    def initialize(author)
      @author = author
    end

    def entries
      IO.popen("git -C #{REPO} log --since=30.days --author=#{@author} --pretty=format:%h%x09%s", &:read).lines(chomp: true) # LABEL: CWE-78
    end
  end

  def index
    author = request.headers["X-Changelog-Author"].presence || current_user.email
    render json: GitLog.new(author).entries.map { |l| l.split("\t", 2) }
  end
end
