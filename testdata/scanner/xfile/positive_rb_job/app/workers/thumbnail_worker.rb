class ThumbnailWorker
  include Sidekiq::Worker

  def perform(image)
    system("vipsthumbnail #{image} -s 128") # vigil:expect VGL-RUBY-CMDI-001
  end
end
