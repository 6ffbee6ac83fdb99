/**
 * What each simulated image is and does, in our words, for the Images tab. Kept apart from the catalog so the
 * text loads with that tab, not with the engine. Keyed by the image's digest.
 */
export const IMAGE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  // nginx:latest
  '6ac6f5150e0f49e316d494afe827ef1506e70b04ff42a651243b083426ec7b29':
    'The nginx web server with its default welcome page. Runs until stopped; health checks pass.',
  // nginx:1.27
  a3bbeefcf562f8a271d7b16e3088dc6ab7ec23cfa71a5102e090e318f8677b8c:
    'nginx pinned to the 1.27 line. Same behaviour as nginx:latest.',
  // httpd:2.4, latest
  aeed3fc281ec4d48374fe95b963d343163fd1e6191a6a2c88362438691e77b3e:
    'The Apache HTTP Server serving "It works!". Runs until stopped; health checks pass.',
  // public.ecr.aws/nginx/nginx:latest
  '953eb6ac9d8d0acf0687df28a6c511150d99fe56c51839546179511b7138e32a':
    'nginx from the ECR Public Gallery: no Docker Hub rate limits, no credentials needed. Runs until stopped.',
  // amazon/amazon-ecs-sample:latest
  '4fe409db65d6d3dbb666c08ddb763c37e016894ebe6be9c98dd35af395696f6c':
    'The classic ECS sample page (Apache and PHP). A larger image, so it takes longer to pull.',
  // busybox:latest
  '00b141b7855b4a177662f61e0897ace0bfae7c36ab8700fb2e59c53af31114d7':
    'A tiny shell toolbox that runs its `command`: no command exits 0 at once, `sleep N` runs N seconds then exits 0, `sh -c "exit 3"` exits 3, an unknown command exits 127. As PID 1 it ignores SIGTERM, so stopping it waits the full stopTimeout.',
  // public.ecr.aws/ecs-sandbox/web:v1
  '5ce8028cff364c7ba022c4c871da6bee658abc65de5b6e1c1745d8ce15b33bc4':
    'The demo web app, version 1. Listens on port 8080 and passes health checks.',
  // public.ecr.aws/ecs-sandbox/web:v2
  '994009be7ed2ce592ca950628557c979d609b7e4765e02d50b9b9bb774d605c2':
    'The demo web app, version 2 (a new release for rolling updates). Port 8080, healthy.',
  // public.ecr.aws/ecs-sandbox/web:crash
  '733c0ebc46752ca814bd2ad0b44c5a51acdac6804be875b6ea508d74e6719c2e':
    'A broken release of the demo app: it starts, then exits with code 1 about 5 seconds later.',
  // public.ecr.aws/ecs-sandbox/web:unhealthy
  e14deb952cb042e6dc36e37d309cc082338f0a309f6770371fbb5c82cf848473:
    'The demo app with a bad release: it keeps running but fails container and target health checks.',
  // public.ecr.aws/ecs-sandbox/web:slow
  c386cc6801c6104bad747f4397e6f0cc1a2350e1dec4515f2da6dd69ca6619f7:
    'The demo app with a slow start: it answers health checks only after 90 seconds. Use startPeriod (or a service health check grace period) to keep it from being judged too early.',
  // public.ecr.aws/ecs-sandbox/web:v2.1
  '7d1f5a0c3be94e2a61c08f4d2e7b9a35c6f0d18e4b2a7c93f5e61d0b8a4c2f17':
    'The demo app with a hidden bug: health checks pass, but a fifth of the requests it takes fail with a 5xx. Only a 5xx alarm (or a look at the logs) catches it.',
  // public.ecr.aws/ecs-sandbox/web:v3
  '2b8e6c4f1a9d3e57c0f2b4a6d8e1c3f5a7b9d0e2c4f6a8b1d3e5f7a9c0b2d4e6':
    'The demo web app, version 3: the fix for v2.1. Port 8080, healthy, no errors.',
};
